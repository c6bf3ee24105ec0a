package dev.rollscope.model.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.Examples;
import dev.rollscope.model.importing.facade.ConfigImport;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.SessionAffinity;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session affinity from configuration files (domain.md §12) into the seed chain: a Service's
 * sessionAffinity where the Service is the hop's front (C behind a GKE LoadBalancer Service), not
 * where Kong's targets bypass it (D); a backend service's sessionAffinity and cookie lifetime, and
 * a cookie affinity that a passthrough NLB does not offer.
 */
class AffinityImportTest {

    @TempDir
    Path dir;

    private final Project project = Examples.read("abcd-defaults");

    private ImportResult run(String hop, ConfigKind kind, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return ConfigImport.run(project, hop, kind, List.of(f), new SourceFiles(dir), new ConfigImport.Options(null, null));
    }

    private static String service(String app) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: %1$s}
                spec:
                  template:
                    metadata: {labels: {app: %1$s}}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: %1$s}
                spec:
                  selector: {app: %1$s}
                  sessionAffinity: ClientIP
                  sessionAffinityConfig: {clientIP: {timeoutSeconds: 600}}
                """.formatted(app);
    }

    @Test
    void aServicesClientIpReachesTheHopItFronts() throws Exception {
        ImportResult r = run("C", ConfigKind.K8S, "kong.yaml", service("kong"));

        assertThat(r.project().topology().hop("C").orElseThrow().get(FrontSettings.SESSION_AFFINITY))
                .isEqualTo(SessionAffinity.CLIENT_IP);
        assertThat(r.provenance().of("C", "front.sessionAffinity")).isPresent();
    }

    @Test
    void behindKongTheServicesAffinityPinsNothing() throws Exception {
        ImportResult r = run("D", ConfigKind.K8S, "app.yaml", service("app"));

        assertThat(r.report().of(ReportLine.Kind.IRRELEVANT)).extracting(ReportLine::text)
                .anyMatch(t -> t.startsWith("ClientIP: the hop's front is not this Service"));
        assertThat(r.report().of(ReportLine.Kind.NOT_UNDERSTOOD)).isEmpty();
    }

    @Test
    void aBackendServicesAffinityIsSetWhereItsFrontOffersIt() throws Exception {
        ImportResult a = run("A", ConfigKind.GCLOUD, "a.json", """
                {"kind": "compute#backendService", "sessionAffinity": "GENERATED_COOKIE", "affinityCookieTtlSec": 60}
                """);
        ImportResult b = run("B", ConfigKind.GCLOUD, "b.json", """
                {"kind": "compute#backendService", "sessionAffinity": "GENERATED_COOKIE"}
                """);

        var hopA = a.project().topology().hop("A").orElseThrow();
        assertThat(hopA.get(FrontSettings.SESSION_AFFINITY)).isEqualTo(SessionAffinity.GENERATED_COOKIE);
        assertThat(hopA.get(FrontSettings.AFFINITY_COOKIE_TTL)).isEqualTo(TimeSpan.ofSeconds(60));
        assertThat(b.project().topology().hop("B").orElseThrow().get(FrontSettings.SESSION_AFFINITY))
                .isEqualTo(SessionAffinity.NONE);
        assertThat(b.report().of(ReportLine.Kind.NOT_UNDERSTOOD)).extracting(ReportLine::text)
                .containsExactly("GENERATED_COOKIE is not offered behind a GCP_INTERNAL_TCP_LB front (a passthrough "
                        + "NLB sees no cookie or header); not set (domain.md §12)");
    }
}
