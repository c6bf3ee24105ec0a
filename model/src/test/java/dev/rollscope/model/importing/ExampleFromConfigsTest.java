package dev.rollscope.model.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.importing.facade.ConfigImport;
import dev.rollscope.model.io.ProjectFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/from-configs.json} is the A-B-C-D chain at defaults with the files of
 * {@code examples/configs/} imported, hop by hop, as the README's "Start from your configuration"
 * does on the command line. This rebuilds it and its reports and checks they are what is committed
 * ({@code -Drollscope.updateExamples=true} rewrites them; read the diff).
 */
class ExampleFromConfigsTest {

    private static final Path EXAMPLES = Path.of("../examples");

    /** hop, kind, --location, files: the imports, in order. */
    static final String[][] STEPS = {
        {"A", "nginx", "/upload", "configs/a/nginx.conf"},
        {"A", "gcloud", null, "configs/gcloud/a-backend-service.json", "configs/gcloud/a-mig.json"},
        {"B", "nginx", null, "configs/b/nginx.conf"},
        {"B", "gcloud", null, "configs/gcloud/b-backend-service.json", "configs/gcloud/b-mig.json"},
        {"C", "kong", null, "configs/kong/values.yaml", "configs/kong/kong.yaml"},
        {"C", "gcloud", null, "configs/gcloud/c-backend-service.json"},
        {"D", "k8s", null, "configs/d/app.yaml"},
    };

    @Test
    void theExampleIsTheImportOfItsConfigs() throws Exception {
        Project p = ProjectFile.read(EXAMPLES.resolve("abcd-defaults.json"));
        p = p.withTopology(p.topology().withName("A-B-C-D chain imported from its configuration",
                "The chain of abcd-defaults.json with the configuration files of examples/configs imported into its "
                        + "hops (nginx.conf of A and B, gcloud describe output of their backend services and MIGs, "
                        + "Kong's Helm values and decK file, the app's Deployment, Service and PodDisruptionBudget); "
                        + "the import reports are in examples/configs/reports. See the README, \"Start from your "
                        + "configuration\"."));
        Provenance provenance = Provenance.EMPTY;
        SourceFiles files = new SourceFiles(EXAMPLES);
        List<String> reports = new ArrayList<>();
        for (String[] step : STEPS) {
            List<Path> paths = new ArrayList<>();
            for (int i = 3; i < step.length; i++) {
                paths.add(EXAMPLES.resolve(step[i]));
            }
            ImportResult r = ConfigImport.run(p, step[0], ConfigKind.valueOf(step[1].toUpperCase()), paths, files,
                    new ConfigImport.Options(step[2], null));
            p = r.project();
            provenance = provenance.merge(r.provenance());
            reports.add(r.report().format());
            assertThat(r.report().of(ReportLine.Kind.NOT_UNDERSTOOD)).as(String.join(" ", step)).isEmpty();
        }
        check("from-configs.json", ProjectFile.format(p));
        check("from-configs.json.imports", ProvenanceFile.format(provenance));
        for (int i = 0; i < STEPS.length; i++) {
            check("configs/reports/" + (i + 1) + "-" + STEPS[i][0] + "-" + STEPS[i][1] + ".txt", reports.get(i));
        }
    }

    private static void check(String name, String actual) throws Exception {
        Path file = EXAMPLES.resolve(name);
        if (Boolean.getBoolean("rollscope.updateExamples")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as(name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
