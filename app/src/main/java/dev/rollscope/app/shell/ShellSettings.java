package dev.rollscope.app.shell;

import dev.rollscope.app.preferences.UserPreferences;
import java.util.Locale;
import javafx.util.Duration;

/**
 * Where a main window keeps what outlives it, and how it behaves: the user's preferences, the
 * recovery file, how often it autosaves, and the system locale the language preference falls
 * back to. Tests give their own, so they touch neither the user's preferences nor their files.
 */
public record ShellSettings(UserPreferences preferences, RecoveryStore recovery, Duration autosaveInterval,
                            Locale systemLocale) {

    /** The current user's preferences and recovery folder, autosave every {@link Autosave#INTERVAL}. */
    public static ShellSettings forCurrentUser() {
        return new ShellSettings(UserPreferences.forCurrentUser(), RecoveryStore.forCurrentUser(), Autosave.INTERVAL,
                Locale.getDefault());
    }

    /** The locale the user reads: the preference, or the system's. */
    public Locale locale() {
        return preferences.language().resolve(systemLocale);
    }
}
