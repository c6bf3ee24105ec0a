package dev.rollscope.model.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvenanceRebaseTest {

    @Test
    void namesFollowTheNewDirectoryAndStayAbsoluteOutsideIt() {
        Path root = Path.of("/srv/review").toAbsolutePath();
        Provenance p = new Provenance(List.of(
                new ImportedSetting("A", "proxy.clientMaxBodySize", ConfigKind.NGINX,
                        new Origin("a/nginx.conf", 42, "client_max_body_size")),
                new ImportedSetting("D", "rollout.maxSurge", ConfigKind.K8S,
                        new Origin(root.resolveSibling("elsewhere/app.yaml").toString().replace('\\', '/'), 11,
                                "spec.strategy.rollingUpdate.maxSurge"))),
                List.of(new Provenance.Home("A", ConfigKind.NGINX, "proxy", new Origin("a/nginx.conf", 40, "location"))));
        Provenance moved = p.rebase(new SourceFiles(root.resolve("configs")), new SourceFiles(root));
        assertThat(moved.of("A", "proxy.clientMaxBodySize").orElseThrow().origin())
                .isEqualTo(new Origin("configs/a/nginx.conf", 42, "client_max_body_size"));
        assertThat(moved.of("D", "rollout.maxSurge").orElseThrow().origin().file())
                .isEqualTo(root.resolveSibling("elsewhere/app.yaml").toString().replace('\\', '/'));
        assertThat(moved.home("A", ConfigKind.NGINX, "proxy").orElseThrow().file()).isEqualTo("configs/a/nginx.conf");
    }
}
