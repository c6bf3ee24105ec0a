package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.playback.Examples;
import dev.rollscope.app.playback.PlayTab;
import dev.rollscope.app.shell.RollscopeApp;
import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test of behaviour: writes screenshots of the Play tab in the main window refusing the full
 * trace of abcd-defaults' "roll C" under 3,000 GETs/s for 10 minutes (about 18 M events) and offering
 * a sampled one, at 1024×700 and 1600×1000, in both languages and themes, to the folder named by
 * {@code -Drollscope.screenshots=DIR} ({@code play-trace-offer-SIZE-LANG-THEME.png}). Skipped without
 * it. Run under Xvfb with GTK for real fonts, with a heap too small for that trace (docs/reliability.md).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.screenshots", matches = ".+")
class TraceOfferScreenshots {

    private static final String SCENARIO = "roll C under 3,000 requests/s";

    @TempDir
    Path recovery;

    @TempDir
    Path files;

    @Test
    void captureTheOfferOfASampledTrace(FxRobot robot) throws Exception {
        Path dir = ShotWindows.dir();
        Path busy = files.resolve("busy.json");
        ProjectFile.write(busy(), busy);
        ShotWindows.each(ShotWindows.SIZES, (size, locale, theme, suffix) -> {
            ShotWindows.Opened w = ShotWindows.open(robot, recovery, locale, theme, size, List.of(busy.toString()));
            PlayTab[] play = new PlayTab[1];
            robot.interact(() -> {
                play[0] = RollscopeApp.addPlayTab(w.window());
                w.window().workbench().scenarios().selectedProperty().set(SCENARIO);
                play[0].tab().getTabPane().getSelectionModel().select(play[0].tab());
            });
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS,
                    () -> !play[0].pane().session().offerProperty().get().isEmpty());
            robot.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            Path file = dir.resolve("play-trace-offer-" + suffix);
            w.snapshot(robot, file);
            w.close(robot);
            assertThat(file).isNotEmptyFile();
        });
    }

    /** abcd-defaults with "roll C" as traffic alone: 3,000 GETs/s from 0 to 10 min while C rolls at 40 s. */
    private static Project busy() {
        Project p = Examples.project("abcd-defaults.json");
        Scenario rollC = p.scenario("roll C").orElseThrow();
        TrafficMix mix = new TrafficMix(3_000, TimeSpan.ZERO, TimeSpan.ofSeconds(600),
                List.of(new MixEntry("GET", "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), null, 1)));
        return p.withScenario(p.scenarios().indexOf(rollC),
                rollC.withName(SCENARIO).withTraffic(mix).withRequests(List.of()));
    }
}
