package dev.rollscope.model.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.Examples;
import dev.rollscope.model.importing.facade.ConfigImport;
import dev.rollscope.model.importing.tree.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refusal of each importer, read in Chinese (written here by hand, in the import report's terms)
 * and in English (the message the exception always had, unchanged): an nginx syntax error and a
 * value nginx would not read, a Kong file, Kubernetes manifests, a gcloud resource, a missing file.
 */
class ImportRefusalsInChineseTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path dir;

    private final Project project = Examples.read("abcd-defaults");

    /** The refusal of importing the files (name, text, ...) into {@code hop}. */
    private ImportException refused(String hop, ConfigKind kind, String... nameAndText) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            Path f = dir.resolve(nameAndText[i]);
            if (nameAndText[i + 1] != null) {
                Files.writeString(f, nameAndText[i + 1]);
            }
            files.add(f);
        }
        ImportException e = catchThrowableOfType(ImportException.class, () -> ConfigImport.run(project, hop, kind,
                files, new SourceFiles(dir), ConfigImport.Options.NONE));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
        return e;
    }

    @Test
    void anNginxSyntaxError() throws Exception {
        ImportException e = refused("A", ConfigKind.NGINX, "a.conf", "http {\n  server {\n}\n");

        assertThat(e).hasMessage("a.conf:3: unexpected end of file, expecting \"}\"");
        assertThat(e.message(ZH)).isEqualTo("a.conf:3：文件意外结束，缺少 \"}\"");
    }

    @Test
    void anNginxValueItsParserRefusesIsNamedWithItsDirective() throws Exception {
        ImportException e = refused("A", ConfigKind.NGINX, "a.conf", "http {\n  client_max_body_size 10q;\n}\n");

        assertThat(e).hasMessage("a.conf:2: client_max_body_size: \"10q\" is not an nginx size (write 1m, 8k, 1g or bytes)");
        assertThat(e.message(ZH)).isEqualTo("a.conf:2: client_max_body_size：\"10q\" 不是 nginx 大小（写法如 1m、8k、1g 或字节数）");
    }

    @Test
    void aKongFileWithALineThatIsNoProperty() throws Exception {
        ImportException e = refused("C", ConfigKind.KONG, "kong.conf", "proxy_listen = 0.0.0.0:8000\nfrobnicate\n");

        assertThat(e).hasMessage("kong.conf:2: expected property = value, not \"frobnicate\"");
        assertThat(e.message(ZH)).isEqualTo("kong.conf:2：应为 property = value，而不是 \"frobnicate\"");
    }

    @Test
    void kubernetesManifestsForAHopNotOnGke() throws Exception {
        ImportException e = refused("A", ConfigKind.K8S, "d.yaml", "kind: Deployment\n");

        assertThat(e).hasMessage("d.yaml:0: hop A runs on GCE_MIG; Kubernetes manifests fit a hop on GKE_DEPLOYMENT");
        assertThat(e.message(ZH)).isEqualTo("d.yaml:0：跳点 A 运行在 GCE_MIG 上；Kubernetes 清单适用于运行在 GKE_DEPLOYMENT 上的跳点");
    }

    @Test
    void twoDeploymentsAndNoName() throws Exception {
        ImportException e = refused("D", ConfigKind.K8S, "d.yaml", """
                kind: Deployment
                metadata: {name: one}
                spec: {replicas: 2}
                ---
                kind: Deployment
                metadata: {name: two}
                spec: {replicas: 3}
                """);

        assertThat(e).hasMessage("d.yaml:0: 2 Deployments (one, two); choose one with --name");
        assertThat(e.message(ZH)).isEqualTo("d.yaml:0：有 2 个 Deployment（one, two）；请用 --name 选择其中一个");
    }

    @Test
    void aGcloudSessionAffinityThatIsNone() throws Exception {
        ImportException e = refused("A", ConfigKind.GCLOUD, "bs.json", """
                {
                  "kind": "compute#backendService",
                  "name": "a",
                  "sessionAffinity": "STICKY"
                }
                """);

        assertThat(e).hasMessage("bs.json:4: sessionAffinity: \"STICKY\" is not a backend service sessionAffinity");
        assertThat(e.message(ZH)).isEqualTo("bs.json:4: sessionAffinity：\"STICKY\" 不是后端服务的 sessionAffinity 取值");
    }

    @Test
    void aMissingFile() throws Exception {
        ImportException e = refused("A", ConfigKind.NGINX, "gone.conf", null);

        assertThat(e).hasMessage("gone.conf:0: no such file");
        assertThat(e.message(ZH)).isEqualTo("gone.conf:0：文件不存在");
    }

    @Test
    void aValueTheHopsSettingRefusesReadsInChineseInside() throws Exception {
        ImportException e = refused("D", ConfigKind.K8S, "d.yaml", """
                kind: Deployment
                metadata: {name: d}
                spec:
                  replicas: 0
                """);

        assertThat(e).hasMessage("d.yaml:4: spec.replicas: replicas must be 1 to 1000, not 0");
        assertThat(e.message(ZH)).isEqualTo("d.yaml:4: spec.replicas：replicas 必须是 1 到 1000，而不是 0");
    }

    /** Node.scalar names what it found by its kind's entry: one for every kind. */
    @Test
    void everyKindOfNodeHasItsWords() {
        for (Node.Kind k : Node.Kind.values()) {
            for (Locale l : List.of(Locale.ENGLISH, ZH)) {
                assertThat(ResourceBundle.getBundle(ReportText.BUNDLE, l).containsKey("refused.notScalar." + k.name()))
                        .as(k + " " + l).isTrue();
            }
        }
    }
}
