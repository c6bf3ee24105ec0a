package dev.rollscope.app.shell;

import dev.rollscope.app.desktop.DesktopRecent;
import dev.rollscope.app.preferences.UserPreferences;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.util.Duration;

/**
 * Where a main window keeps what outlives it, and how it behaves: the user's preferences, the
 * recovery file, how often it autosaves, and the system locale the language preference falls
 * back to, and whom to tell about each file opened or saved besides the window's recent files (the
 * desktop's list). Tests give their own, so they touch neither the user's preferences nor their files.
 */
public record ShellSettings(UserPreferences preferences, RecoveryStore recovery, Duration autosaveInterval,
                            Locale systemLocale, Consumer<Path> desktopRecent) {

    /** Settings that tell nobody else about recent files. */
    public ShellSettings(UserPreferences preferences, RecoveryStore recovery, Duration autosaveInterval,
                         Locale systemLocale) {
        this(preferences, recovery, autosaveInterval, systemLocale, file -> { });
    }

    /**
     * The current user's preferences and recovery folder, autosave every {@link Autosave#INTERVAL},
     * the desktop's recently used files ({@link DesktopRecent}).
     */
    public static ShellSettings forCurrentUser() {
        return new ShellSettings(UserPreferences.forCurrentUser(), RecoveryStore.forCurrentUser(), Autosave.INTERVAL,
                Locale.getDefault(), DesktopRecent.forCurrentUser());
    }

    /** The locale the user reads: the preference, or the system's. */
    public Locale locale() {
        return preferences.language().resolve(systemLocale);
    }
}
