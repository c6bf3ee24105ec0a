package dev.rollscope.app.preferences;

import dev.rollscope.app.i18n.AppLanguage;
import dev.rollscope.app.theme.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The user's choices that outlive a session (language, theme, the window's bounds and split
 * positions, the recently opened files), kept in a {@link Preferences} node. Values that cannot be
 * read back (an edited or damaged node) read as absent.
 */
public final class UserPreferences {

    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";
    private static final String WINDOW = "window";
    private static final String RECENT = "recent.";
    private static final String SPLIT = "split.";
    private static final String PANELS_EVERYWHERE = "panels.everywhere";

    private final Preferences node;

    public UserPreferences(Preferences node) {
        this.node = Objects.requireNonNull(node, "preferences node");
    }

    /** The preferences of the current user for Rollscope. */
    public static UserPreferences forCurrentUser() {
        return new UserPreferences(Preferences.userRoot().node("dev/rollscope"));
    }

    public AppLanguage language() {
        return AppLanguage.fromPreference(node.get(LANGUAGE, AppLanguage.SYSTEM.name()));
    }

    public void setLanguage(AppLanguage language) {
        node.put(LANGUAGE, language.name());
    }

    public Theme theme() {
        return Theme.fromPreference(node.get(THEME, Theme.LIGHT.name()));
    }

    public void setTheme(Theme theme) {
        node.put(THEME, theme.name());
    }

    /** Whether the palette, inspector and findings stay beside every centre tab, not only Design. */
    public boolean designPanelsEverywhere() {
        return node.getBoolean(PANELS_EVERYWHERE, false);
    }

    public void setDesignPanelsEverywhere(boolean everywhere) {
        node.putBoolean(PANELS_EVERYWHERE, everywhere);
    }

    /** Where the main window was when it was last closed, if known. */
    public Optional<WindowBounds> window() {
        return WindowBounds.parse(node.get(WINDOW, ""));
    }

    public void setWindow(WindowBounds bounds) {
        node.put(WINDOW, bounds.format());
    }

    /** The divider positions of a split pane, by the pane's name; empty when not stored. */
    public double[] splitPositions(String name) {
        String[] parts = node.get(SPLIT + name, "").split(",");
        try {
            return parts.length == 1 && parts[0].isEmpty() ? new double[0]
                    : Arrays.stream(parts).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            return new double[0];
        }
    }

    public void setSplitPositions(String name, double... positions) {
        node.put(SPLIT + name, String.join(",", Arrays.stream(positions).mapToObj(Double::toString).toList()));
    }

    /** The recently used files, most recent first (paths as text). */
    public List<String> recentFiles() {
        List<String> files = new ArrayList<>();
        for (int i = 0; node.get(RECENT + i, null) != null; i++) {
            files.add(node.get(RECENT + i, null));
        }
        return files;
    }

    public void setRecentFiles(List<String> files) {
        int i = 0;
        for (String f : files) {
            node.put(RECENT + i++, f);
        }
        while (node.get(RECENT + i, null) != null) {
            node.remove(RECENT + i++);
        }
    }
}
