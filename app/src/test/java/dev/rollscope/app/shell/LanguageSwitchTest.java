package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.command.Command;
import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.AppLanguage;
import dev.rollscope.app.playback.PlaybackPane;
import dev.rollscope.model.Project;
import dev.rollscope.model.topology.Hop;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * View → Language switches at once: on the bundled abcd-defaults with a hop E inserted after B from
 * the palette (unsaved, undoable), the canvas zoomed, the Play tab open at 50 s with request 0 selected, the window
 * speaks Chinese (menus, tabs) with no dialog, and the document, its undo history, the selection, the
 * open tab, the canvas's zoom and the playhead are as they were; switching back speaks English again.
 */
class LanguageSwitchTest extends MainWindowTestBase {

    private Document document;
    private Project before;

    @BeforeEach
    void openEditAndPlay() {
        open();
        f.robot.interact(() -> RollscopeApp.addPlayTab(f.window));
        MainWindowFixture.await(() -> play().model().timeline() != null, "the first playback");
        document = f.bench().document();
        before = document.project();
        f.robot.interact(() -> document.select("B"));
        f.robot.clickOn("#palette-generic_l7");
        f.awaitNode("#hop-E", Node.class);
        f.robot.interact(() -> {
            f.bench().canvas().viewport().zoom(1.5, 100, 50);
            tabs().getSelectionModel().select(tab("tab-play"));
            play().model().timeline().seek(50_000);
            play().model().selectedRequestProperty().set(0);
        });
    }

    @AfterEach
    void englishAgain() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Test
    void switchingToChineseKeepsTheEditedDocumentItsUndoHistoryTheTabAndThePlayhead() {
        Project edited = document.project();
        Command undo = document.commands().undoCommandProperty().get();
        double[] zoom = {f.bench().canvas().viewport().scaleProperty().get(),
            f.bench().canvas().viewport().translateXProperty().get()};

        choose(AppLanguage.SIMPLIFIED_CHINESE);

        assertThat(Window.getWindows()).as("no dialog asks for a restart").noneMatch(
                w -> w instanceof Stage s && s.getOwner() == f.stage);
        assertThat(menu("menu-file").getText()).isEqualTo("文件");
        assertThat(menu("menu-view").getText()).isEqualTo("视图");
        assertThat(tab("tab-design").getText()).isEqualTo("设计");
        assertThat(tab("tab-play").getText()).isEqualTo("播放");
        assertThat(f.stage.getTitle()).startsWith("• ");
        assertThat(f.bench().messages().locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(f.bench().document()).isSameAs(document);
        assertThat(document.project()).isEqualTo(edited);
        assertThat(document.isDirty()).isTrue();
        assertThat(document.commands().undoCommandProperty().get()).isSameAs(undo);
        assertThat(document.selectedHopIdProperty().get()).isEqualTo("E");
        assertThat(tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-play");
        assertThat(play().model().timeline().time()).isEqualTo(50_000);
        assertThat(play().model().selectedRequestProperty().get()).isZero();
        assertThat(f.bench().canvas().viewport().scaleProperty().get()).isEqualTo(zoom[0]);
        assertThat(f.bench().canvas().viewport().translateXProperty().get()).isEqualTo(zoom[1]);

        f.robot.interact(() -> item("menu-language-ENGLISH").fire());

        assertThat(menu("menu-file").getText()).isEqualTo("File");
        assertThat(tab("tab-play").getText()).isEqualTo("Play");
        assertThat(document.project()).isEqualTo(edited);
        assertThat(play().model().timeline().time()).isEqualTo(50_000);
    }

    @Test
    void afterTheSwitchUndoTakesBackTheEditMadeBeforeIt() {
        choose(AppLanguage.SIMPLIFIED_CHINESE);

        f.robot.interact(() -> tabs().getSelectionModel().select(tab("tab-design")));
        f.robot.interact(() -> f.bench().canvas().undo());

        assertThat(document.project()).isEqualTo(before);
        assertThat(document.project().topology().hops()).extracting(Hop::id).containsExactly("A", "B", "C", "D");
        assertThat(document.isDirty()).isFalse();
        assertThat(f.robot.lookup("#hop-E").tryQuery()).isEmpty();
    }

    /**
     * The Edit menu's Undo and Redo name the edit in the language chosen after it: E was inserted
     * in English; texts from messages_zh_CN (action.undo, action.redo, command.insert) and
     * labels_zh_CN (HopKind.GENERIC_L7).
     */
    @Test
    void undoAndRedoNameTheEditInTheLanguageChosenAfterIt() {
        assertThat(editItem(0).getText()).isEqualTo("Undo insertion of E (Generic L7 proxy)");

        choose(AppLanguage.SIMPLIFIED_CHINESE);
        assertThat(editItem(0).getText()).isEqualTo("撤销插入 E（通用 L7 代理）");

        f.robot.interact(() -> tabs().getSelectionModel().select(tab("tab-design")));
        f.robot.interact(() -> editItem(0).fire());
        assertThat(f.robot.lookup("#hop-E").tryQuery()).isEmpty();
        assertThat(editItem(0).getText()).isEqualTo("撤销");
        assertThat(editItem(1).getText()).isEqualTo("重做插入 E（通用 L7 代理）");

        choose(AppLanguage.ENGLISH);
        assertThat(editItem(1).getText()).isEqualTo("Redo insertion of E (Generic L7 proxy)");
    }

    /** The Edit menu's item at {@code index} as the window shows it now (0 = Undo, 1 = Redo). */
    private MenuItem editItem(int index) {
        return menu("menu-edit").getItems().get(index);
    }

    private void choose(AppLanguage language) {
        f.robot.interact(() -> item("menu-language-" + language.name()).fire());
    }

    /** The Play tab's pane as the window shows it now (built anew by a switch). */
    private PlaybackPane play() {
        return (PlaybackPane) tab("tab-play").getContent();
    }

    private TabPane tabs() {
        return tab("tab-design").getTabPane();
    }

    private Tab tab(String id) {
        return f.robot.lookup(".rs-centre-tabs").queryAs(TabPane.class).getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private Menu menu(String id) {
        return f.robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }

    private MenuItem item(String id) {
        return menu("menu-view").getItems().stream().filter(i -> i instanceof Menu).map(i -> (Menu) i)
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
