package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.WholeTexts;
import dev.rollscope.app.playback.PlayTab;
import dev.rollscope.app.playback.view.Palette;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Play tab in the main window, as {@link RollscopeApp} adds it, on the bundled abcd-defaults ("roll A"). */
class PlayTabTest extends MainWindowTestBase {

    private PlayTab play;

    @BeforeEach
    void openWithPlayTab() {
        open();
        f.robot.interact(() -> play = RollscopeApp.addPlayTab(f.window));
        MainWindowFixture.await(() -> play.pane().model().timeline() != null, "the first playback");
    }

    private void showPlayTab(double width, double height) {
        f.robot.interact(() -> {
            f.stage.setWidth(width);
            f.stage.setHeight(height);
            play.tab().getTabPane().getSelectionModel().select(play.tab());
        });
        f.robot.interact(() -> play.pane().model().timeline().seek(50_000));
    }

    private boolean designPanelsShown() {
        return f.robot.lookup("#inspector").tryQuery().isPresent() || f.robot.lookup("#findings").tryQuery().isPresent();
    }

    @Test
    void onThePlayTabTheDesignPanelsFoldAndNoControlIsCutShortAt1024x700() {
        assertThat(designPanelsShown()).isTrue();

        showPlayTab(1024, 700);

        assertThat(designPanelsShown()).isFalse();
        assertThat(WholeTexts.cutShort(f.stage.getScene().getRoot())).isEmpty();
        f.robot.interact(() -> play.tab().getTabPane().getSelectionModel().select(0));
        assertThat(designPanelsShown()).isTrue();
    }

    /** The largest a window can be on the headless screen (1280×800); 1600×1000 is seen in the screenshots. */
    @Test
    void noControlIsCutShortAt1280x800() {
        showPlayTab(1280, 800);

        assertThat(WholeTexts.cutShort(f.stage.getScene().getRoot())).isEmpty();
    }

    @Test
    void theDesignPanelsStayOnEveryTabWhenAskedAndThatIsRemembered() {
        showPlayTab(1280, 800);
        CheckMenuItem everywhere = panelsItem();

        f.robot.interact(() -> everywhere.setSelected(true));

        assertThat(designPanelsShown()).isTrue();
        assertThat(f.prefs.preferences().designPanelsEverywhere()).isTrue();
    }

    private CheckMenuItem panelsItem() {
        return (CheckMenuItem) f.stage.getScene().getRoot().lookupAll(".menu-bar").stream().findFirst()
                .map(bar -> ((MenuBar) bar).getMenus().stream()
                        .filter(m -> "menu-view".equals(m.getId())).findFirst().orElseThrow().getItems().stream()
                        .filter(i -> "menu-panels-everywhere".equals(i.getId())).findFirst().orElseThrow())
                .orElseThrow();
    }

    @Test
    void theStageFollowsTheWindowsTheme() {
        assertThat(play.pane().paletteProperty().get()).isEqualTo(Palette.LIGHT);

        f.robot.interact(f.window::toggleTheme);

        assertThat(play.pane().paletteProperty().get()).isEqualTo(Palette.DARK);
    }

    @Test
    void openingAFileShowsItsPlaybackFromTheStart() {
        showPlayTab(1280, 800);
        assertThat(play.pane().model().timeline().time()).isEqualTo(50_000);

        f.robot.interact(() -> f.bench().session().openExample("abcd-zero-downtime.json"));
        MainWindowFixture.await(() -> f.bench().document().project().topology()
                .equals(play.pane().model().timeline().playhead().result().topology()), "the new file's playback");

        assertThat(play.pane().model().timeline().time()).isZero();
    }

    @Test
    void theKeysReachThePlaybackWithoutAClickWhileThePlayTabIsShown() {
        f.robot.type(KeyCode.RIGHT);
        assertThat(play.pane().model().timeline().time()).isZero();

        showPlayTab(1280, 800);
        f.robot.interact(() -> play.pane().model().timeline().seek(0));
        f.robot.type(KeyCode.RIGHT);

        assertThat(play.pane().model().timeline().time()).isPositive();
    }

    /** While a lesson's question hides the answers, the window's status bar and findings panel do not give them away. */
    @Test
    void aLessonsQuestionHidesTheWindowsVerdictsToo() {
        MainWindowFixture.await(() -> !f.bench().findings().rows().isEmpty(), "the first verdicts");
        javafx.scene.control.Label status = f.robot.lookup("#status-simulation").queryAs(javafx.scene.control.Label.class);
        assertThat(status.getText()).contains("requests failed");

        f.robot.interact(() -> play.pane().model().answersHiddenProperty().set(true));
        assertThat(status.getText()).isEqualTo("Answers hidden until you answer the question on the Play tab");
        assertThat(f.bench().findings().rows()).isEmpty();
        assertThat(f.bench().canvas().findings()).isEmpty();

        f.robot.interact(() -> play.pane().model().answersHiddenProperty().set(false));
        assertThat(status.getText()).contains("requests failed");
        assertThat(f.bench().findings().rows()).isNotEmpty();
    }
}
