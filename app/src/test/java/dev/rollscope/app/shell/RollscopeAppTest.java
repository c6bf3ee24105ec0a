package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The application started the way the launcher starts it (headless), with the current user's
 * settings, which the build points at {@code target/test-home}.
 */
class RollscopeAppTest {

    private final Locale locale = Locale.getDefault();
    private Application app;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** Gives the shared primary stage back as other tests expect it: unbound, sized by its next scene. */
    @AfterEach
    void stopApp() throws TimeoutException {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(app);
        FxToolkit.setupStage(stage -> {
            stage.titleProperty().unbind();
            stage.setOnCloseRequest(null);
            stage.setScene(null);
            stage.sizeToScene();
        });
        Locale.setDefault(locale);
    }

    @Test
    void theFileNamedOnTheCommandLineOpensInTheMainWindow() throws TimeoutException {
        Path example = Path.of("..", "examples", "kong-service-pods.json");

        app = FxToolkit.setupApplication(RollscopeApp.class, example.toString());
        MainWindowFixture.await(() -> mainStage().map(s -> s.getScene().lookup("#hop-C") != null).orElse(false),
                "the main window with the file's title and chain");
        WaitForAsyncUtils.waitForFxEvents();

        Stage stage = mainStage().orElseThrow();
        assertThat(stage.getScene().lookup("#hop-A")).as("the bundled example's first hop").isNull();
    }

    private static Optional<Stage> mainStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage).map(w -> (Stage) w)
                .filter(s -> "kong-service-pods.json — Rollscope".equals(s.getTitle())).findFirst();
    }
}
