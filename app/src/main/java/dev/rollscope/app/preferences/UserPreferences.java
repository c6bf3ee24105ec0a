package dev.rollscope.app.preferences;

import dev.rollscope.app.i18n.AppLanguage;
import dev.rollscope.app.theme.Theme;
import java.util.Objects;
import java.util.prefs.Preferences;

/** The user's choices that outlive a session (language, theme), kept in a {@link Preferences} node. */
public final class UserPreferences {

    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";

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
}
