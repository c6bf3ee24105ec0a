package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.preferences.TestPreferences;
import dev.rollscope.app.theme.Theme;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * What the window shows while the main window is built: the file's title and one line in the theme's colours,
 * without loading a stylesheet, then the main window.
 */
class OpeningWindowTest extends MainWindowTestBase {

    private final TestPreferences prefs = new TestPreferences();
    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @AfterEach
    void closeStage() {
        robot.interact(() -> stage.close());
        prefs.remove();
    }

    @Test
    void theWindowShowsAtOnceWithTheFilesTitleAndTheMainWindowFollowsAfterItsFirstFrame() {
        ShellSettings settings = new ShellSettings(prefs.preferences(), new RecoveryStore(dir), Duration.hours(1),
                Locale.SIMPLIFIED_CHINESE);
        prefs.preferences().setTheme(Theme.DARK);
        AtomicReference<Scene> sceneWhenBuilt = new AtomicReference<>();
        AtomicReference<String> userAgentStylesheet = new AtomicReference<>();

        robot.interact(() -> {
            Application.setUserAgentStylesheet(null);
            stage = new Stage();
            OpeningWindow.show(stage, settings, Messages.of(Locale.SIMPLIFIED_CHINESE), "kong-service-pods.json");
            assertThat(stage.isShowing()).isTrue();
            userAgentStylesheet.set(Application.getUserAgentStylesheet());
            OpeningWindow.afterFirstFrame(stage.getScene(), () -> sceneWhenBuilt.set(stage.getScene()));
            assertThat(sceneWhenBuilt.get()).as("not before the first frame").isNull();
        });
        MainWindowFixture.await(() -> sceneWhenBuilt.get() != null, "the step after the first frame");

        assertThat(stage.getTitle()).isEqualTo("kong-service-pods.json — Rollscope");
        Text opening = (Text) stage.getScene().lookup("#opening");
        assertThat(opening.getText()).isEqualTo("正在打开 kong-service-pods.json…");
        assertThat(opening.getFill()).isEqualTo(Color.web("#c9d1d9"));
        assertThat(stage.getScene().getFill()).isEqualTo(Color.web("#0d1117"));
        assertThat(opening.getFont().getSize()).isEqualTo(14);
        assertThat(userAgentStylesheet.get()).as("no theme stylesheet loaded for it").isNull();
        assertThat(stage.getScene().getStylesheets()).isEmpty();
    }

    @Test
    void theOpeningColoursAreThoseOfTheThemesStylesheet() {
        for (Theme theme : Theme.values()) {
            AtomicReference<Region> probe = new AtomicReference<>();
            robot.interact(() -> {
                Region region = new Region();
                region.setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-fg-default;");
                stage = new Stage();
                Scene scene = new Scene(region, 100, 100);
                theme.apply(scene, Locale.ENGLISH);
                stage.setScene(scene);
                stage.show();
                region.applyCss();
                probe.set(region);
            });
            assertThat(probe.get().getBackground().getFills().get(0).getFill()).as(theme + " background")
                    .isEqualTo(theme.background());
            assertThat(probe.get().getBorder().getStrokes().get(0).getTopStroke()).as(theme + " text")
                    .isEqualTo(theme.foreground());
            robot.interact(() -> stage.close());
        }
    }
}
