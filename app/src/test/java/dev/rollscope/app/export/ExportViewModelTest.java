package dev.rollscope.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.io.ProjectFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    private static final String SCENARIO = "GET during pod replacement";

    private static Project kong() throws Exception {
        return ProjectFile.read(Path.of("..", "examples", "kong-service-pods.json"));
    }

    @Test
    void startsOnTheGivenScenarioAndRequest() throws Exception {
        ExportViewModel m = new ExportViewModel(kong(), SCENARIO, "POST-in-flight", Locale.ENGLISH);

        assertThat(m.requests()).containsExactly("GET-in-flight", "POST-in-flight", "GET-after");
        assertThat(m.previewProperty().get()).contains("title Request POST-in-flight", "FAILED 502 at D (D.2)");
    }

    @Test
    void unknownRequestFallsBackToTheWholeScenario() throws Exception {
        ExportViewModel m = new ExportViewModel(kong(), SCENARIO, "nope", Locale.ENGLISH);

        assertThat(m.requestProperty().get()).isNull();
        assertThat(m.previewProperty().get()).contains("title Scenario “GET during pod replacement”");
    }

    @Test
    void everyOptionChangesThePreview() throws Exception {
        ExportViewModel m = new ExportViewModel(kong(), SCENARIO, "GET-after", Locale.ENGLISH);

        m.autonumberProperty().set(false);
        m.showLoadBalancersProperty().set(true);
        m.detailProperty().set(ExportOptions.Detail.ALL);
        m.languageProperty().set(Locale.SIMPLIFIED_CHINESE);

        assertThat(m.previewProperty().get()).doesNotContain("autonumber")
                .contains("participant lb_D as Service → D", "front.backendTimeout 已启动", "actor client as 客户端");
    }

    @Test
    void savesTheDiagramTheReportAndTheSvg(@TempDir Path dir) throws Exception {
        ExportViewModel m = new ExportViewModel(kong(), SCENARIO, null, Locale.ENGLISH);

        m.saveMermaid(dir.resolve("d.mmd"));
        m.saveReport(dir.resolve("r.md"));
        m.saveSvg(dir.resolve("c.svg"));

        assertThat(Files.readString(dir.resolve("d.mmd"), StandardCharsets.UTF_8)).isEqualTo(m.previewProperty().get());
        assertThat(Files.readString(dir.resolve("r.md"), StandardCharsets.UTF_8)).contains("## Verdicts: 3 requests, 1 failed");
        assertThat(Files.readString(dir.resolve("c.svg"), StandardCharsets.UTF_8)).contains("<svg", ">D runtime pods<");
    }

    @Test
    void offersFilesNamedAfterTheProjectFileScenarioAndRequestInItsFolder() throws Exception {
        Path file = Path.of("..", "examples", "kong-service-pods.json");
        ExportViewModel m = new ExportViewModel(ProjectFile.read(file), file, "GET during pod replacement", null,
                Locale.ENGLISH);

        assertThat(m.fileName("mmd")).isEqualTo("kong-service-pods-GET-during-pod-replacement.mmd");
        m.requestProperty().set("POST-in-flight");
        assertThat(m.fileName("svg")).isEqualTo("kong-service-pods-GET-during-pod-replacement-POST-in-flight.svg");
        assertThat(m.folder()).isEqualTo(file.toAbsolutePath().getParent());
    }

    @Test
    void withoutAFileTheTopologysNameStandsForItAndNoFolderIsOffered() throws Exception {
        Project p = ProjectFile.read(Path.of("..", "examples", "kong-service-pods.json"));
        ExportViewModel m = new ExportViewModel(p, null, "GET during pod replacement", "GET-after", Locale.ENGLISH);

        assertThat(m.fileName("mmd")).startsWith(p.topology().name().replaceAll("[^\\p{L}\\p{N}._-]+", "-")
                .replaceAll("^-+|-+$", "")).endsWith("-GET-during-pod-replacement-GET-after.mmd").doesNotContain("--");
        assertThat(m.folder()).isNull();
    }
}
