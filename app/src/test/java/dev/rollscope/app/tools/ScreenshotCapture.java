package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.export.NodePng;
import dev.rollscope.app.preferences.TestPreferences;
import dev.rollscope.app.shell.MainWindow;
import dev.rollscope.app.shell.RecoveryStore;
import dev.rollscope.app.shell.ShellSettings;
import dev.rollscope.app.theme.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
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
 * Not a test of behaviour: writes screenshots of the main window (the seed chain at its defaults,
 * whose "roll A" scenario fails; a failed request opened in the inspector) in both languages and
 * both themes to the folder named by {@code -Drollscope.screenshots=DIR}, for a person to look at.
 * Skipped without that property. Run it under Xvfb with the GTK platform to see real fonts.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.screenshots", matches = ".+")
class ScreenshotCapture {

    @TempDir
    Path recovery;

    @Test
    void captureTheMainWindowInBothLanguagesAndThemes(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("rollscope.screenshots"));
        Files.createDirectories(dir);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (Theme theme : Theme.values()) {
                Path file = dir.resolve("main-window-" + locale.getLanguage() + "-" + theme.name().toLowerCase(Locale.ROOT)
                        + ".png");
                capture(robot, locale, theme, file);
                assertThat(file).isNotEmptyFile();
            }
        }
    }

    private void capture(FxRobot robot, Locale locale, Theme theme, Path file) throws Exception {
        TestPreferences prefs = new TestPreferences();
        prefs.preferences().setTheme(theme);
        ShellSettings settings = new ShellSettings(prefs.preferences(), new RecoveryStore(recovery), Duration.hours(1),
                locale);
        MainWindow[] window = new MainWindow[1];
        Locale.setDefault(locale);
        robot.interact(() -> window[0] = MainWindow.open(new Stage(), settings, List.of()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window[0].workbench().findings().rows().isEmpty());
        robot.interact(() -> {
            TableView<?> findings = (TableView<?>) window[0].scene().lookup("#findings");
            findings.getSelectionModel().select(0);
            window[0].workbench().findings().open(window[0].workbench().findings().rows().get(0));
        });
        robot.sleep(800);
        robot.interact(window[0].designCanvas()::fitToWindow);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> write(window[0].scene(), file));
        robot.interact(window[0]::quit);
        Locale.setDefault(Locale.ENGLISH);
        prefs.remove();
    }

    private static void write(Scene scene, Path file) {
        try {
            NodePng.write(scene.snapshot(null), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
