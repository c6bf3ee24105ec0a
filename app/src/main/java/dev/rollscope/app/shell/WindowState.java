package dev.rollscope.app.shell;

import dev.rollscope.app.preferences.UserPreferences;
import dev.rollscope.app.preferences.WindowBounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window and its split panes where the user left them (the stored bounds, when they are
 * still on a screen; else the default size, or the screen's when that is smaller), and stores them
 * when the window closes.
 */
final class WindowState {

    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 900;

    private WindowState() {
    }

    static void restore(Stage stage, UserPreferences preferences) {
        WindowBounds b = preferences.window().filter(w -> !Screen.getScreensForRectangle(w.x(), w.y(), w.width(),
                w.height()).isEmpty()).orElse(null);
        if (b == null) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
            return;
        }
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        stage.setMaximized(b.maximized());
    }

    static void save(Stage stage, UserPreferences preferences) {
        if (stage.getWidth() >= WindowBounds.MIN_SIZE && stage.getHeight() >= WindowBounds.MIN_SIZE) {
            preferences.setWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized()));
        }
    }

    /** Puts a split pane's dividers where they were stored under {@code name}, else at {@code defaults}. */
    static void restore(SplitPane pane, String name, UserPreferences preferences, double... defaults) {
        double[] stored = preferences.splitPositions(name);
        pane.setDividerPositions(stored.length == pane.getDividers().size() ? stored : defaults);
    }

    static void save(SplitPane pane, String name, UserPreferences preferences) {
        preferences.setSplitPositions(name, pane.getDividerPositions());
    }
}
