package dev.rollscope.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.importing.ImportModel;
import dev.rollscope.model.importing.fix.ConfigChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A verified fix plan is also shown as changes to the user's configuration; an unverified one is not. */
class PlanConfigChangesTest {

    private static final Executor NOW = Runnable::run;
    /** Nothing imported: the backend service's name is a placeholder, and where the change goes says so. */
    private static final String WHERE = "backend service in front of hop A; not known to the project, fill in: "
            + "BACKEND_SERVICE";
    private final Messages en = Messages.of(Locale.ENGLISH);

    @TempDir
    Path tmp;

    @Test
    void aDrainOnAGcpFrontIsAGcloudCommand() {
        Document document = new Document(PlanExamples.read(PlanExamples.DRAIN_OFF));
        FixPlanModel model = new FixPlanModel(document, en,
                PlanRequest.ofVerdict(document.project(), "roll A", "POST-50MB"), NOW, NOW);

        model.search();

        // The verified plan raises A's drain to 46 s (FixPlanModelTest); A is behind the global external ALB.
        assertThat(model.configChangesProperty().get()).containsExactly(new PlanConfigChanges(
                "A.front.drainTimeout → 46s", "gcloud command · " + WHERE,
                new ConfigChange(ConfigChange.Syntax.GCLOUD, WHERE,
                        "gcloud compute backend-services update BACKEND_SERVICE --global "
                                + "--connection-draining-timeout=46\n", false)));
    }

    @Test
    void anUnverifiedPlanHasNoConfigurationChanges() {
        Document document = new Document(PlanExamples.read(PlanExamples.DRAIN_OFF));
        FixPlanModel model = new FixPlanModel(document, en,
                PlanRequest.ofVerdict(document.project(), "roll A", "POST-50MB"),
                r -> PlanExamples.unverified(r.project()), NOW, NOW);

        model.search();

        assertThat(model.configChangesProperty().get()).isEmpty();
    }

    @Test
    void aSettingImportedFromAFileIsChangedByADiffOfThatFile() throws Exception {
        Path conf = Files.writeString(tmp.resolve("a.conf"), "http {\n    client_max_body_size 1m;\n"
                + "    server {\n        listen 80;\n        location / {\n            proxy_pass http://b;\n"
                + "        }\n    }\n}\n");
        Document document = new Document(PlanExamples.read("failure-body-limit.json"));
        document.select("A");
        ImportModel importing = new ImportModel(document, en, null);
        importing.addFiles(List.of(conf));
        assertThat(importing.apply()).isTrue();
        FixPlanModel model = new FixPlanModel(document, en,
                PlanRequest.ofVerdict(document.project(), "upload", "POST-50MB"), NOW, NOW);

        model.search();

        assertThat(model.canApplyProperty().get()).isTrue();
        PlanConfigChanges c = model.configChangesProperty().get().stream()
                .filter(x -> x.title().startsWith("A.proxy.clientMaxBodySize")).findFirst().orElseThrow();
        assertThat(c.change().diff()).isTrue();
        assertThat(c.kind()).isEqualTo("unified diff of a.conf:2");
        // 50 MB is 50,000,000 bytes = 47.7 MiB; nginx's m is MiB, so 48m is the least whole limit that passes it.
        assertThat(c.change().text()).contains("--- a/a.conf", "-    client_max_body_size 1m;",
                "+    client_max_body_size 48m;");
    }
}
