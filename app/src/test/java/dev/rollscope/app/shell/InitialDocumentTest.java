package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.io.ProjectFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document a new window shows first: the requested file from the start, never the example before it. */
class InitialDocumentTest extends MainWindowTestBase {

    private static final Path KONG = Path.of("..", "examples", "kong-service-pods.json");

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
        List<String> titlesWhenShown = new ArrayList<>();

        f = new MainWindowFixture(dir).open(stage -> stage.showingProperty().addListener(
                (obs, was, now) -> titlesWhenShown.add(stage.getTitle())), KONG.toString());
        f.awaitStatus("GET during pod replacement");

        assertThat(titlesWhenShown).first().isEqualTo("kong-service-pods.json — Rollscope");
        assertThat(f.bench().session().fileProperty().get()).isEqualTo(KONG);
        assertThat(f.bench().session().recent().files()).containsExactly(KONG.toAbsolutePath().normalize());
    }
}
