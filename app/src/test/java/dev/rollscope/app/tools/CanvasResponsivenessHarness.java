package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.DesignerFixture;
import dev.rollscope.app.TestProjects;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a timed test: prints how long an edit takes to reach the canvas with a 12-hop chain of 50
 * instances each: the command with every listener plus CSS and layout of the canvas, and the time
 * until the next real pulse has laid out the whole window (the frame that shows the edit is
 * rendered right after), and, as an upper bound of that rendering, the canvas rendered to an
 * image. Skipped unless {@code -Drollscope.measure=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.measure", matches = "true")
class CanvasResponsivenessHarness {

    private static final int WARM_UP = 15;
    private static final int RUNS = 40;

    @Test
    void printEditToCanvasTimes(FxRobot robot) {
        DesignerFixture f = new DesignerFixture(TestProjects.longChain(12, 50), Locale.ENGLISH);
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(f.scene(Theme.LIGHT, 1280, 800));
            stage.show();
            f.document.select("K5");
            f.canvas.fitToWindow();
        });
        Parent root = f.root.getScene().getRoot();
        measure(robot, root, f, "setting change (K5 read timeout)", i -> f.editor.changeHop("K5",
                ProxySettings.UPSTREAM_READ_TIMEOUT.id(),
                h -> h.with(ProxySettings.UPSTREAM_READ_TIMEOUT, TimeSpan.ofSeconds(61 + i))));
        measure(robot, root, f, "replicas 50 -> 49 -> 50 (K5)", i -> f.editor.changeHop("K5", "hop.replicas",
                h -> h.withReplicas(i % 2 == 0 ? 49 : 50)));
        measure(robot, root, f, "insert a hop, then undo", i -> {
            if (i % 2 == 0) {
                f.editor.insertHop(6, HopKind.GENERIC_L7);
            } else {
                f.document.commands().undo();
            }
        });
        measure(robot, root, f, "reorder K3 <-> K4", i -> f.editor.reorderHop(i % 2 == 0 ? "K3" : "K4", 4));
        measure(robot, root, f, "undo + redo", i -> {
            if (i % 2 == 0) {
                f.document.commands().undo();
            } else {
                f.document.commands().redo();
            }
        });
        robot.interact(() -> f.document.project().topology().hops()
                .forEach(h -> assertThat(f.canvas.lookup("#hop-" + h.id())).as(h.id()).isNotNull()));
    }

    private static void measure(FxRobot robot, Parent root, DesignerFixture f, String what, Edit edit) {
        List<Double> layout = new ArrayList<>();
        List<Double> pulse = new ArrayList<>();
        List<Double> rendered = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            int run = i;
            long[] times = new long[4];
            robot.interact(() -> {
                Scene scene = root.getScene();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    times[2] = System.nanoTime();
                };
                times[0] = System.nanoTime();
                edit.run(run);
                scene.addPostLayoutPulseListener(once[0]);
                Platform.requestNextPulse();
                f.canvas.applyCss();
                f.canvas.layout();
                times[1] = System.nanoTime();
                f.canvas.snapshot(null, null);
                times[3] = System.nanoTime();
            });
            waitUntil(() -> times[2] != 0);
            if (i >= WARM_UP) {
                layout.add((times[1] - times[0]) / 1e6);
                pulse.add((times[2] - times[0]) / 1e6);
                rendered.add((times[3] - times[0]) / 1e6);
            }
        }
        System.out.printf("MEASURE %-30s edit+canvas layout: median %5.1f, max %5.1f ms | + canvas rendered to an "
                + "image: median %5.1f, max %5.1f ms | next pulse laid out: median %5.1f, max %5.1f ms (%d runs)%n",
                what, median(layout), Collections.max(layout), median(rendered), Collections.max(rendered),
                median(pulse), Collections.max(pulse), RUNS);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("no pulse within 5 s", e);
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
