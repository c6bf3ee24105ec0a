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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real public files of {@code src/test/resources/importing} (origins in its README) imported
 * into the A-B-C-D chain at defaults: every line of each report is compared with the expected
 * report in {@code importing/expected}, which was read line by line against the files (which
 * directive is on which line, which value nginx/Kubernetes/Kong/GCP gives it, and why it applies
 * or not). Set {@code -Drollscope.updateImportReports=true} to rewrite them, then read the diff.
 */
class CorpusReportTest {

    static final Path CORPUS = Path.of("src/test/resources/importing");

    static ImportResult importInto(String hop, ConfigKind kind, String... files) throws Exception {
        Project p = ProjectFile.read(Path.of("../examples/abcd-defaults.json"));
        List<Path> paths = new ArrayList<>();
        for (String f : files) {
            paths.add(CORPUS.resolve(f));
        }
        return ConfigImport.run(p, hop, kind, paths, new SourceFiles(CORPUS), ConfigImport.Options.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            debian-nginx   | A | NGINX  | nginx/debian/nginx.conf
            stream-proxy   | B | NGINX  | nginx/stream/nginx.conf
            kong-chart     | C | KONG   | kong/values.yaml
            deck-service   | C | KONG   | kong/kong.yaml
            deck-upstream  | C | KONG   | kong/upstream-target.yaml
            podinfo        | D | K8S    | k8s/podinfo-deployment.yaml k8s/podinfo-service.yaml k8s/zookeeper-pdb.yaml
            gcloud         | A | GCLOUD | gcloud/backend-services.json gcloud/migs.json
            """)
    void everyReportLineIsTheExpectedOne(String name, String hop, ConfigKind kind, String files) throws Exception {
        ImportResult r = importInto(hop, kind, files.split(" "));
        Path expected = CORPUS.resolve("expected").resolve(name + ".txt");
        String actual = r.report().format();
        if (Boolean.getBoolean("rollscope.updateImportReports")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual.lines()).containsExactlyElementsOf(Files.readString(expected).lines().toList());
    }
}
