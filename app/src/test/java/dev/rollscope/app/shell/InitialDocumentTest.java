package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.io.ProjectFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The document a new window shows first: the requested file from the start, never the example before it. */
class InitialDocumentTest {

    private static final Path KONG = Path.of("..", "examples", "kong-service-pods.json");

    @TempDir
    Path dir;

    private MainWindowFixture f;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void withoutArgumentsTheBundledExample() throws ProjectFileException {
        InitialDocument initial = InitialDocument.of(List.of());

        assertThat(initial.name()).isEqualTo("abcd-defaults.json");
        assertThat(initial.project().topology().name()).isEqualTo("A-B-C-D chain at defaults");
        assertThat(initial.file()).isNull();
        assertThat(initial.error()).isNull();
    }

    @Test
    void theRequestedFileIsReadBeforeTheWindowExists() throws ProjectFileException {
        InitialDocument initial = InitialDocument.of(List.of(KONG.toString()));

        assertThat(initial.name()).isEqualTo("kong-service-pods.json");
        assertThat(initial.project().topology().name()).isEqualTo("Kong, Service, pods (second seed)");
        assertThat(initial.file()).isEqualTo(KONG);
        assertThat(initial.error()).isNull();
    }

    @Test
    void anUnreadableFileFallsBackToTheExampleWithTheReason() throws Exception {
        Path bad = Files.writeString(dir.resolve("broken.json"), "{");

        InitialDocument initial = InitialDocument.of(List.of(bad.toString()));

        assertThat(initial.name()).isEqualTo("abcd-defaults.json");
        assertThat(initial.file()).isNull();
        assertThat(initial.error()).isNotNull();
        assertThat(initial.error().getMessage()).contains("broken.json");
    }

    @Test
    void theWindowIsFirstShownWithTheRequestedFile() {
        f = new MainWindowFixture(dir);
        ShellSettings settings = new ShellSettings(f.prefs.preferences(), f.recovery, Duration.hours(1), Locale.ENGLISH);
        List<String> titlesWhenShown = new ArrayList<>();

        f.robot.interact(() -> {
            f.stage = new Stage();
            f.stage.showingProperty().addListener((obs, was, now) -> titlesWhenShown.add(f.stage.getTitle()));
            f.window = MainWindow.open(f.stage, settings, List.of(KONG.toString()));
        });
        f.awaitStatus("GET during pod replacement");

        assertThat(titlesWhenShown).first().isEqualTo("kong-service-pods.json — Rollscope");
        assertThat(f.bench().session().fileProperty().get()).isEqualTo(KONG);
        assertThat(f.bench().session().recent().files()).containsExactly(KONG.toAbsolutePath().normalize());
    }
}
