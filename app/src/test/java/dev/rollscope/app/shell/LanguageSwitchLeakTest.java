package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.i18n.AppLanguage;
import dev.rollscope.app.inspector.InspectorModel;
import dev.rollscope.app.playback.PlaybackPane;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * View → Language leaves nothing of the old views behind: after English → Chinese → English →
 * Chinese → English (with the Play tab added), the views and view models of the first English
 * window (its root view, design canvas, Play tab pane with its session, sweep and scenario panel, and
 * inspector model) can be collected, and none of them still listens to the workbench's document or
 * simulations.
 */
class LanguageSwitchLeakTest extends MainWindowTestBase {

    @AfterEach
    void englishAgain() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Test
    void theViewsOfEarlierLanguagesAreCollectedAfterSwitching() throws InterruptedException {
        open();
        f.robot.interact(() -> RollscopeApp.addPlayTab(f.window));
        MainWindowFixture.await(() -> play().model().timeline() != null, "the first playback");
        Map<String, WeakReference<Object>> old = Map.of(
                "root view", new WeakReference<>(f.window.scene().getRoot()),
                "design canvas", new WeakReference<>(f.window.designCanvas()),
                "play tab pane", new WeakReference<>(play()),
                "playback session", new WeakReference<>(play().session()),
                "sweep model", new WeakReference<>(play().sweep()),
                "inspector model", new WeakReference<>(f.bench().inspector()));

        for (AppLanguage language : new AppLanguage[] {AppLanguage.SIMPLIFIED_CHINESE, AppLanguage.ENGLISH,
            AppLanguage.SIMPLIFIED_CHINESE, AppLanguage.ENGLISH}) {
            f.robot.interact(() -> item("menu-language-" + language.name()).fire());
        }
        f.robot.interact(() -> f.bench().document().select("B"));
        f.robot.interact(() -> f.bench().editor().changeHop("B", "name", h -> h.withName("renamed")));

        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, WeakReference<Object>> e : old.entrySet()) {
            if (!collected(e.getValue())) {
                kept.add(e.getKey());
            }
        }
        assertThat(kept).as("parts of the first window still reachable").isEmpty();
    }

    private static boolean collected(WeakReference<?> ref) throws InterruptedException {
        for (int i = 0; i < 20 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ref.get() == null;
    }

    private PlaybackPane play() {
        return (PlaybackPane) tab("tab-play").getContent();
    }

    private Tab tab(String id) {
        return f.robot.lookup(".rs-centre-tabs").queryAs(TabPane.class).getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private MenuItem item(String id) {
        return f.robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menu-view".equals(m.getId())).findFirst().orElseThrow().getItems().stream()
                .filter(i -> i instanceof Menu).map(i -> (Menu) i)
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
