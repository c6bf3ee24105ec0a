package dev.rollscope.app.shell;

import dev.rollscope.app.preferences.TestPreferences;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A main window for a headless test: its own preferences node and recovery folder, no autosave
 * timer to speak of, English; closed (and its preferences removed) by {@link #close()}.
 */
final class MainWindowFixture {

    final FxRobot robot = new FxRobot();
    final TestPreferences prefs;
    final RecoveryStore recovery;
    MainWindow window;
    Stage stage;

    MainWindowFixture(Path recoveryFolder) {
        this(recoveryFolder, new TestPreferences());
    }

    /** A window with the preferences an earlier one left. */
    MainWindowFixture(Path recoveryFolder, TestPreferences prefs) {
        this.recovery = new RecoveryStore(recoveryFolder);
        this.prefs = prefs;
    }

    MainWindowFixture open(String... args) {
        return open(created -> { }, args);
    }

    /** Opens the window on a stage {@code beforeOpen} has seen (to watch it from the start). */
    MainWindowFixture open(Consumer<Stage> beforeOpen, String... args) {
        ShellSettings settings = new ShellSettings(prefs.preferences(), recovery, Duration.hours(1), Locale.ENGLISH);
        robot.interact(() -> {
            stage = new Stage();
            beforeOpen.accept(stage);
            window = MainWindow.open(stage, settings, List.of(args));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    Workbench bench() {
        return window.workbench();
    }

    /** Discards what is unsaved and closes the window the way Quit does. */
    void close() {
        if (stage != null && stage.isShowing()) {
            robot.interact(() -> {
                bench().document().markSaved();
                window.quit();
            });
        }
        prefs.remove();
    }

    String status() {
        return robot.lookup("#status-simulation").queryAs(Label.class).getText();
    }

    /** Waits until the simulation status line starts with {@code prefix}. */
    void awaitStatus(String prefix) {
        await(() -> status().startsWith(prefix), "status starting with \"" + prefix + "\", was \"" + status() + "\"");
    }

    <T extends Node> T awaitNode(String query, Class<T> type) {
        await(() -> robot.lookup(query).tryQuery().isPresent(), query);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(type);
    }

    static void await(Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited 15 s for " + what, e);
        }
    }
}
