package dev.rollscope.model.importing.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.importing.ImportedSetting;
import dev.rollscope.model.importing.Provenance;
import dev.rollscope.model.importing.ProvenanceFile;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.SettingCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SpellingsTest {

    private static final Path EXAMPLES = Path.of("../examples");

    @Test
    void eachHopKindNamesItsSettingsAsItsFilesDo() throws Exception {
        Project p = ProjectFile.read(EXAMPLES.resolve("abcd-defaults.json"));
        Hop a = p.topology().hop("A").orElseThrow();
        Hop b = p.topology().hop("B").orElseThrow();
        Hop c = p.topology().hop("C").orElseThrow();
        Hop d = p.topology().hop("D").orElseThrow();
        assertThat(Spellings.of(ProxySettings.CLIENT_MAX_BODY_SIZE, a)).containsExactly("client_max_body_size");
        assertThat(Spellings.of(FrontSettings.DRAIN_TIMEOUT, a)).containsExactly("connectionDraining.drainingTimeoutSec");
        assertThat(Spellings.of(RolloutSettings.MAX_SURGE, a)).containsExactly("updatePolicy.maxSurge");
        assertThat(Spellings.of(ProxySettings.STREAM_IDLE_TIMEOUT, b)).containsExactly("proxy_timeout");
        assertThat(Spellings.of(ProxySettings.UPSTREAM_READ_TIMEOUT, c)).contains("services[0].read_timeout");
        assertThat(Spellings.of(ProxySettings.CLIENT_BODY_TIMEOUT, c)).contains("nginx_http_client_body_timeout",
                "KONG_NGINX_HTTP_CLIENT_BODY_TIMEOUT", "env.nginx_http_client_body_timeout");
        assertThat(Spellings.of(RolloutSettings.MAX_SURGE, d)).containsExactly("spec.strategy.rollingUpdate.maxSurge");
        assertThat(Spellings.of(LifecycleSettings.TERMINATION_GRACE_PERIOD, d))
                .containsExactly("spec.template.spec.terminationGracePeriodSeconds");
        assertThat(Spellings.of(ProxySettings.CLIENT_MAX_BODY_SIZE, d)).isEmpty();
    }

    /** Every value imported into the example names itself in its file as {@link Spellings} says (or a field below it). */
    @Test
    void theImportersReadTheNamesSpellingsGives() throws Exception {
        Project p = ProjectFile.read(EXAMPLES.resolve("from-configs.json"));
        Provenance provenance = ProvenanceFile.read(EXAMPLES.resolve("from-configs.json"));
        int checked = 0;
        for (ImportedSetting s : provenance.settings()) {
            if (s.target().equals("replicas")) {
                continue;
            }
            Setting<?> setting = SettingCatalog.byId(s.target()).orElseThrow();
            Hop hop = p.topology().hop(s.hop()).orElseThrow();
            String name = s.origin().name();
            assertThat(Spellings.of(setting, hop)).as(s.toString())
                    .anyMatch(n -> name.equals(n) || name.startsWith(n + "."));
            checked++;
        }
        assertThat(checked).isEqualTo(56);
    }
}
