package dev.rollscope.app.tools;

import dev.rollscope.app.export.NodePng;
import dev.rollscope.app.playback.PlayTab;
import dev.rollscope.app.preferences.TestPreferences;
import dev.rollscope.app.shell.MainWindow;
import dev.rollscope.app.shell.RecoveryStore;
import dev.rollscope.app.shell.RollscopeApp;
import dev.rollscope.app.shell.ShellSettings;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.app.theme.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the screenshot tools of the main window share: the folder named by
 * {@code -Drollscope.screenshots}, every size × language × theme they take, a main window opened at
 * one of them (at the screen's top left, so a capture of the screen shows it), and its closing.
 */
final class ShotWindows {

    static final List<int[]> SIZES = List.of(new int[] {1024, 700}, new int[] {1600, 1000});

    /** One screenshot (or a few) at a size, language and theme; {@code suffix} is {@code 1024-en-light.png}. */
    @FunctionalInterface
    interface Shot {
        void take(int[] size, Locale locale, Theme theme, String suffix) throws Exception;
    }

    /** A main window opened for a screenshot. */
    record Opened(MainWindow window, Stage stage, TestPreferences prefs) {

        /**
         * Adds the Play tab, opens failure-kong-quit's "roll C" on it and shows it; returns once the
         * run and the sweep of that project are shown.
         */
        PlayTab playKongQuit(FxRobot robot) throws Exception {
            PlayTab[] play = new PlayTab[1];
            robot.interact(() -> {
                play[0] = RollscopeApp.addPlayTab(window);
                window.workbench().session().openExample("failure-kong-quit.json");
                window.workbench().scenarios().selectedProperty().set("roll C");
                play[0].tab().getTabPane().getSelectionModel().select(play[0].tab());
            });
            SimulationPipeline pipeline = window.workbench().pipeline();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> pipeline.latest().revision() == pipeline.revision()
                    && pipeline.sweep().revision() == pipeline.revision() && play[0].pane().model().timeline() != null);
            return play[0];
        }

        /** Writes a snapshot of the window's scene. */
        void snapshot(FxRobot robot, Path file) {
            robot.interact(() -> {
                try {
                    NodePng.write(window.scene().snapshot(null), file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** Captures the screen over the window. */
        void shoot(FxRobot robot, Path file) throws Exception {
            NodePng.write((WritableImage) robot.capture(new Rectangle2D(0, 0, stage.getWidth(), stage.getHeight()))
                    .getImage(), file);
        }

        /** Quits without asking to save, and puts the default language and preferences back. */
        void close(FxRobot robot) {
            robot.interact(() -> {
                window.workbench().document().markSaved();
                window.quit();
            });
            Locale.setDefault(Locale.ENGLISH);
            prefs.remove();
        }
    }

    private ShotWindows() {
    }

    /** The folder the screenshots go to, created. */
    static Path dir() throws Exception {
        return Files.createDirectories(Path.of(System.getProperty("rollscope.screenshots")));
    }

    /** Takes {@code shot} at each of {@code sizes}, in English and Chinese, light and dark. */
    static void each(List<int[]> sizes, Shot shot) throws Exception {
        for (int[] size : sizes) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                for (Theme theme : Theme.values()) {
                    shot.take(size, locale, theme, size[0] + "-" + locale.getLanguage() + "-"
                            + theme.name().toLowerCase(Locale.ROOT) + ".png");
                }
            }
        }
    }

    /** Opens the main window on {@code args} at {@code size}, in that language and theme, and waits until it has that size. */
    static Opened open(FxRobot robot, Path recovery, Locale locale, Theme theme, int[] size, List<String> args)
            throws Exception {
        TestPreferences prefs = new TestPreferences();
        prefs.preferences().setTheme(theme);
        ShellSettings settings = new ShellSettings(prefs.preferences(), new RecoveryStore(recovery), Duration.hours(1),
                locale);
        Locale.setDefault(locale);
        Stage[] stage = new Stage[1];
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            window[0] = MainWindow.open(stage[0], settings, args);
            stage[0].setX(0);
            stage[0].setY(0);
            stage[0].setWidth(size[0]);
            stage[0].setHeight(size[1]);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage[0].getWidth() == size[0]
                && stage[0].getHeight() == size[1]);
        return new Opened(window[0], stage[0], prefs);
    }
}
