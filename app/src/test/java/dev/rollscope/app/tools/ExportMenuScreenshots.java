package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.export.NodePng;
import dev.rollscope.app.playback.PlayTab;
import dev.rollscope.app.playback.StageSaves;
import dev.rollscope.app.shell.MainWindow;
import dev.rollscope.app.shell.RollscopeApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test of behaviour: writes screenshots of the Play tab with the View menu open on its
 * exports (Save Stage Picture: PNG, SVG; Save Animation: GIF, WebM, MP4), abcd-defaults' "roll C" at
 * 20 s, at 1024×700 and 1600×1000, in both languages and themes ({@code export-menu-*.png}), and the
 * stage at that moment as SVG ({@code stage-svg-*.svg}), to the folder named by
 * {@code -Drollscope.screenshots=DIR}. Skipped without it. Run under Xvfb with GTK: the open menu is a
 * window of its own, so the shot is taken from the screen.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.screenshots", matches = ".+")
class ExportMenuScreenshots {

    @TempDir
    Path recovery;

    @Test
    void captureTheExportItemsOfTheViewMenu(FxRobot robot) throws Exception {
        Path dir = ShotWindows.dir();
        ShotWindows.each(ShotWindows.SIZES, (size, locale, theme, suffix) -> {
            ShotWindows.Opened w = ShotWindows.open(robot, recovery, locale, theme, size, List.of());
            MainWindow window = w.window();
            PlayTab[] play = new PlayTab[1];
            robot.interact(() -> {
                play[0] = RollscopeApp.addPlayTab(window);
                window.workbench().session().openExample("abcd-defaults.json");
                window.workbench().scenarios().selectedProperty().set("roll C");
                play[0].tab().getTabPane().getSelectionModel().select(play[0].tab());
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> play[0].pane().model().timeline() != null
                    && play[0].pane().model().timeline().endTime() > 60_000);
            robot.interact(() -> play[0].pane().model().timeline().seek(20_000));
            Path svg = dir.resolve("stage-svg-" + suffix.replace(".png", ".svg"));
            robot.interact(() -> {
                try {
                    StageSaves.picture(play[0].pane(), svg);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            robot.interact(() -> {
                MenuBar bar = (MenuBar) window.scene().lookup(".menu-bar");
                Menu view = bar.getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst().orElseThrow();
                view.show();
            });
            robot.sleep(700);
            WaitForAsyncUtils.waitForFxEvents();
            Image screen = robot.capture(new Rectangle2D(0, 0, size[0], size[1])).getImage();
            Path file = dir.resolve("export-menu-" + suffix);
            robot.interact(() -> {
                try {
                    NodePng.write(new WritableImage(screen.getPixelReader(), size[0], size[1]), file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertThat(file).isNotEmptyFile();
            assertThat(svg).isNotEmptyFile();
            w.close(robot);
        });
    }
}
