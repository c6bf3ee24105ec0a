package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.TestProjects;
import dev.rollscope.app.preferences.TestPreferences;
import dev.rollscope.app.shell.LiveAnalysis;
import dev.rollscope.app.shell.MainWindow;
import dev.rollscope.app.shell.RecoveryStore;
import dev.rollscope.app.shell.ShellSettings;
import dev.rollscope.app.shell.Workbench;
import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a timed test: prints how long an edit takes to reach the canvas of the main window with a
 * 12-hop chain of 50 instances each while the live verdicts run (a scenario rolls K5 with a GET
 * and a 50 MB POST in flight): the command with every listener plus CSS and layout of the canvas,
 * the time until the next real pulse has laid out the whole window, and the time until the
 * edit's verdicts are in the panel. Skipped unless {@code -Drollscope.measure=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.measure", matches = "true")
class CanvasResponsivenessHarness {

    private static final int WARM_UP = 15;
    private static final int RUNS = 40;

    @TempDir
    Path dir;

    @Test
    void printEditToCanvasTimes(FxRobot robot) throws Exception {
        Path file = dir.resolve("long.json");
        ProjectFile.write(longChainRollingK5(), file);
        TestPreferences prefs = new TestPreferences();
        ShellSettings settings = new ShellSettings(prefs.preferences(), new RecoveryStore(dir), Duration.hours(1),
                Locale.ENGLISH);
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> window[0] = MainWindow.open(new Stage(), settings, List.of(file.toString())));
        Workbench w = window[0].workbench();
        waitUntil(() -> w.document().project().topology().hops().size() == 12 && !w.verdicts().runningProperty().get());
        robot.interact(() -> w.document().select("K5"));
        measure(robot, window[0], "setting change (K5 read timeout)", i -> w.editor().changeHop("K5",
                ProxySettings.UPSTREAM_READ_TIMEOUT.id(),
                h -> h.with(ProxySettings.UPSTREAM_READ_TIMEOUT, TimeSpan.ofSeconds(61 + i))));
        measure(robot, window[0], "replicas 50 -> 49 -> 50 (K5)", i -> w.editor().changeHop("K5", "hop.replicas",
                h -> h.withReplicas(i % 2 == 0 ? 49 : 50)));
        measure(robot, window[0], "insert a hop, then undo", i -> {
            if (i % 2 == 0) {
                w.editor().insertHop(6, HopKind.GENERIC_L7);
            } else {
                w.document().commands().undo();
            }
        });
        measure(robot, window[0], "undo + redo", i -> {
            if (i % 2 == 0) {
                w.document().commands().undo();
            } else {
                w.document().commands().redo();
            }
        });
        LiveAnalysis last = w.verdicts().latestProperty().get();
        long[] shown = new long[2];
        robot.interact(() -> {
            shown[0] = System.nanoTime();
            w.findings().show(last);
            window[0].scene().getRoot().applyCss();
            window[0].scene().getRoot().layout();
            shown[1] = System.nanoTime();
        });
        System.out.printf("MEASURE verdicts of the last run: %d requests, %d failed, %d findings; simulation + checks "
                + "%d ms; panel and badges updated and laid out in %.1f ms%n", last.result().outcomes().size(),
                last.result().failedCount(), last.findings().size(), last.millis(), (shown[1] - shown[0]) / 1e6);
        robot.interact(() -> w.document().project().topology().hops()
                .forEach(h -> assertThat(window[0].designCanvas().lookup("#hop-" + h.id())).as(h.id()).isNotNull()));
        robot.interact(() -> {
            w.document().markSaved();
            window[0].quit();
        });
        prefs.remove();
    }

    private static Project longChainRollingK5() {
        Scenario roll = new Scenario("roll K5", "", List.of(new RollOut("K5", TimeSpan.ofSeconds(10))),
                List.of(RequestSpec.get("GET", TimeSpan.ofSeconds(12)),
                        RequestSpec.post("POST-50MB", ByteSize.parse("50MB"), TimeSpan.ofSeconds(12))), null, 1);
        return TestProjects.longChain(12, 50).withScenarios(List.of(roll));
    }

    private static void measure(FxRobot robot, MainWindow window, String what, Edit edit) {
        List<Double> layout = new ArrayList<>();
        List<Double> pulse = new ArrayList<>();
        List<Double> verdicts = new ArrayList<>();
        Workbench w = window.workbench();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            int run = i;
            long[] times = new long[4];
            robot.interact(() -> {
                Scene scene = window.scene();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    times[2] = System.nanoTime();
                };
                times[0] = System.nanoTime();
                edit.run(run);
                scene.addPostLayoutPulseListener(once[0]);
                Platform.requestNextPulse();
                window.designCanvas().applyCss();
                window.designCanvas().layout();
                times[1] = System.nanoTime();
            });
            waitUntil(() -> times[2] != 0 && !w.verdicts().runningProperty().get());
            times[3] = System.nanoTime();
            if (i >= WARM_UP) {
                layout.add((times[1] - times[0]) / 1e6);
                pulse.add((times[2] - times[0]) / 1e6);
                verdicts.add((times[3] - times[0]) / 1e6);
            }
        }
        System.out.printf("MEASURE %-34s edit+canvas layout: median %5.1f, max %5.1f ms | next pulse laid out: "
                + "median %5.1f, max %5.1f ms | verdicts in the panel: median %6.1f, max %6.1f ms (%d runs)%n",
                what, median(layout), Collections.max(layout), median(pulse), Collections.max(pulse),
                median(verdicts), Collections.max(verdicts), RUNS);
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("not within 30 s", e);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private interface Edit {
        void run(int i);
    }
}
