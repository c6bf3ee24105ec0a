package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

    private Application app;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void theFileNamedOnTheCommandLineOpensInTheMainWindow() throws TimeoutException {
        Path example = Path.of("..", "examples", "kong-service-pods.json");

        app = FxToolkit.setupApplication(RollscopeApp.class, example.toString());
        MainWindowFixture.await(() -> mainStage().getTitle().startsWith("kong-service-pods.json"), "the file's title");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(mainStage().getTitle()).isEqualTo("kong-service-pods.json — Rollscope");
        assertThat(mainStage().getScene().lookup("#hop-C")).isNotNull();
        assertThat(mainStage().getScene().lookup("#hop-" + "A")).isNull();
    }

    private static Stage mainStage() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage && ((Stage) w).getTitle() != null
                && ((Stage) w).getTitle().endsWith("Rollscope")).findFirst().orElseThrow();
    }
}
