package dev.rollscope.app.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.i18n.AppLanguage;
import dev.rollscope.app.theme.Theme;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UserPreferencesTest {

    private final TestPreferences test = new TestPreferences();
    private final UserPreferences prefs = test.preferences();

    @AfterEach
    void remove() {
        test.remove();
    }

    @Test
    void nothingStoredGivesTheDefaults() {
        assertThat(prefs.language()).isEqualTo(AppLanguage.SYSTEM);
        assertThat(prefs.theme()).isEqualTo(Theme.LIGHT);
        assertThat(prefs.window()).isEmpty();
        assertThat(prefs.splitPositions("sides")).isEmpty();
        assertThat(prefs.recentFiles()).isEmpty();
    }

    @Test
    void storedChoicesReadBackInANewInstance() {
        prefs.setLanguage(AppLanguage.SIMPLIFIED_CHINESE);
        prefs.setTheme(Theme.DARK);
        prefs.setWindow(new WindowBounds(10, 20, 1200, 800, true));
        prefs.setSplitPositions("sides", 0.25, 0.75);

        UserPreferences again = new UserPreferences(test.node());

        assertThat(again.language()).isEqualTo(AppLanguage.SIMPLIFIED_CHINESE);
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.window()).contains(new WindowBounds(10, 20, 1200, 800, true));
        assertThat(again.splitPositions("sides")).containsExactly(0.25, 0.75);
    }

    @Test
    void damagedValuesReadAsAbsent() {
        test.node().put("window", "10,20,wide,800,false");
        test.node().put("split.sides", "0.2,half");

        assertThat(prefs.window()).isEmpty();
        assertThat(prefs.splitPositions("sides")).isEmpty();
    }

    @Test
    void aShorterListOfRecentFilesRemovesTheRest() {
        prefs.setRecentFiles(List.of("/a.json", "/b.json", "/c.json"));

        prefs.setRecentFiles(List.of("/c.json"));

        assertThat(prefs.recentFiles()).containsExactly("/c.json");
    }
}
