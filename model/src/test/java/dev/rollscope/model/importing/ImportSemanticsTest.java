package dev.rollscope.model.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.Examples;
import dev.rollscope.model.importing.facade.ConfigImport;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How imported values reach a hop: nginx inheritance, conflicts, refusals (all or nothing). */
class ImportSemanticsTest {

    @TempDir
    Path dir;

    private final Project project = Examples.read("abcd-defaults");

    private ImportResult run(String hop, ConfigKind kind, String location, String... nameAndText) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            Path f = dir.resolve(nameAndText[i]);
            Files.writeString(f, nameAndText[i + 1]);
            files.add(f);
        }
        return ConfigImport.run(project, hop, kind, files, new SourceFiles(dir),
                new ConfigImport.Options(location, null));
    }

    private static List<String> lines(ImportResult r, ReportLine.Kind kind) {
        return r.report().of(kind).stream().map(l -> l.origin().where() + " " + l.text()).toList();
    }

    private static final String PROXY = """
            worker_shutdown_timeout 30s;
            http {
                client_max_body_size 10m;
                proxy_read_timeout 90;
                server {
                    listen 80 default_server;
                    client_max_body_size 20m;
                    location / { proxy_pass http://b; }
                    location /upload {
                        client_max_body_size 60m;
                        proxy_request_buffering off;
                        proxy_next_upstream error timeout non_idempotent;
                        proxy_pass http://b;
                    }
                }
                server { listen 8080; client_max_body_size 1g; }
                upstream b { server 10.0.0.2:80; keepalive 16; keepalive_timeout 650s; }
            }
            """;

    @Test
    void theInnermostDirectiveOnTheRequestsPathWinsAsInNginx() throws Exception {
        ImportResult r = run("A", ConfigKind.NGINX, "/upload/x", "nginx.conf", PROXY);

        var a = r.project().topology().hop("A").orElseThrow();
        assertThat(a.get(ProxySettings.CLIENT_MAX_BODY_SIZE)).isEqualTo(ByteSize.ofBytes(60L << 20));
        assertThat(a.get(ProxySettings.UPSTREAM_READ_TIMEOUT)).isEqualTo(TimeSpan.ofSeconds(90));
        assertThat(a.get(ProxySettings.REQUEST_BUFFERING)).isFalse();
        assertThat(a.get(ProxySettings.NEXT_UPSTREAM_NON_IDEMPOTENT)).isTrue();
        assertThat(a.get(ProxySettings.UPSTREAM_KEEPALIVE)).isEqualTo(16);
        assertThat(a.get(ProxySettings.UPSTREAM_KEEPALIVE_TIMEOUT)).isEqualTo(TimeSpan.ofSeconds(650));
        assertThat(a.get(ProxySettings.WORKER_SHUTDOWN_TIMEOUT)).isEqualTo(TimeSpan.ofSeconds(30));
        assertThat(lines(r, ReportLine.Kind.IRRELEVANT)).contains(
                "nginx.conf:3 overridden for this hop's requests by nginx.conf:10 (client_max_body_size 60m)",
                "nginx.conf:7 overridden for this hop's requests by nginx.conf:10 (client_max_body_size 60m)",
                "nginx.conf:8 does not serve /upload/x (nginx chooses location /upload); its 1 directive was not read",
                "nginx.conf:16 not the default server (the chosen server is at nginx.conf:5, listen 80 default_server); "
                        + "its 2 directives were not read");
        assertThat(r.provenance().home("A", ConfigKind.NGINX, "proxy")).contains(
                new Origin("nginx.conf", 9, "location /upload"));
    }

    @Test
    void anotherPathTakesItsOwnLocation() throws Exception {
        ImportResult r = run("A", ConfigKind.NGINX, "/", "nginx.conf", PROXY);

        var a = r.project().topology().hop("A").orElseThrow();
        assertThat(a.get(ProxySettings.CLIENT_MAX_BODY_SIZE)).isEqualTo(ByteSize.ofBytes(20L << 20));
        assertThat(a.get(ProxySettings.REQUEST_BUFFERING)).isTrue();
    }

    @Test
    void aRefusedValueNamesFileAndLineAndNothingIsApplied() throws Exception {
        String before = ProjectFile.format(project);

        assertThatThrownBy(() -> run("A", ConfigKind.NGINX, null, "nginx.conf",
                "http {\n  client_body_timeout 30s;\n  proxy_connect_timeout 1q;\n}\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("nginx.conf:3: proxy_connect_timeout: \"1q\" is not an nginx time (write 60s, 500ms, "
                        + "10m, 1h30m or a number of seconds)");
        assertThatThrownBy(() -> run("A", ConfigKind.GCLOUD, null, "bs.json",
                "{\"kind\": \"compute#backendService\",\n \"connectionDraining\": {\"drainingTimeoutSec\": 4000}}"))
                .hasMessage("bs.json:2: connectionDraining.drainingTimeoutSec: front.drainTimeout must be between "
                        + "0s and 3600s, not 4000s");
        assertThat(ProjectFile.format(project)).isEqualTo(before);
    }

    @Test
    void twoFilesSettingOneValueDifferentlyAreAConflictAndTheLaterWins() throws Exception {
        ImportResult r = run("C", ConfigKind.KONG, null,
                "kong.conf", "nginx_http_client_body_timeout = 30s\n",
                "kong.env", "export KONG_NGINX_PROXY_CLIENT_BODY_TIMEOUT=\"45s\"\nPATH=/bin\n");

        assertThat(r.project().topology().hop("C").orElseThrow().get(ProxySettings.CLIENT_BODY_TIMEOUT))
                .isEqualTo(TimeSpan.ofSeconds(45));
        assertThat(lines(r, ReportLine.Kind.CONFLICT)).containsExactly("kong.conf:1 C.proxy.clientBodyTimeout = "
                + "30s here, but 45s at kong.env:1 KONG_NGINX_PROXY_CLIENT_BODY_TIMEOUT, which is read later and wins");
        assertThat(lines(r, ReportLine.Kind.IRRELEVANT)).containsExactly("kong.env:2 not a KONG_ variable; "
                + "Kong does not read it");
        assertThat(r.report().needsAttention()).isTrue();
    }

    @Test
    void aSettingTheHopDoesNotHaveIsReportedNotApplied() throws Exception {
        ImportResult r = run("B", ConfigKind.GCLOUD, null, "bs.json",
                "{\"kind\": \"compute#backendService\", \"timeoutSec\": 90,\n \"loadBalancingScheme\": \"INTERNAL\"}");

        assertThat(lines(r, ReportLine.Kind.IRRELEVANT)).containsExactly(
                "bs.json:1 hop B (NGINX_L4 on GCE_MIG behind GCP_INTERNAL_TCP_LB) has no setting front.backendTimeout",
                "bs.json:1 identity, backends, protocol or CDN/IAP options; not simulated",
                "bs.json:2 INTERNAL: matches the hop's front, GCP_INTERNAL_TCP_LB");
        assertThat(r.project()).isEqualTo(project);
    }

    @Test
    void unknownDirectivesAreListedNotDropped() throws Exception {
        ImportResult r = run("A", ConfigKind.NGINX, null, "nginx.conf",
                "http { brotli on; server { location / { if ($x) { return 403; } } } }\n");

        assertThat(lines(r, ReportLine.Kind.NOT_UNDERSTOOD)).containsExactly(
                "nginx.conf:1 Rollscope does not know this directive",
                "nginx.conf:1 what it holds applies only when the condition holds; Rollscope does not evaluate "
                        + "conditions; its 1 directive was not read");
    }

    @Test
    void kubernetesPreStopProbesAndBudgetReachTheHop() throws Exception {
        ImportResult r = run("D", ConfigKind.K8S, null, "app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  replicas: 4
                  strategy:
                    rollingUpdate: {maxSurge: "50%", maxUnavailable: 0}
                  template:
                    metadata: {labels: {app: app}}
                    spec:
                      terminationGracePeriodSeconds: 60
                      containers:
                      - name: app
                        lifecycle:
                          preStop:
                            exec: {command: ["/bin/sh", "-c", "sleep 20"]}
                        readinessProbe: {periodSeconds: 2, successThreshold: 2}
                ---
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: app}
                spec:
                  minAvailable: 3
                  selector: {matchLabels: {app: app}}
                """);

        var d = r.project().topology().hop("D").orElseThrow();
        assertThat(d.replicas()).isEqualTo(4);
        assertThat(d.get(RolloutSettings.MAX_SURGE)).isEqualTo(Scale.percent(50));
        assertThat(d.get(RolloutSettings.MAX_UNAVAILABLE)).isEqualTo(Scale.count(0));
        assertThat(d.get(LifecycleSettings.TERMINATION_GRACE_PERIOD)).isEqualTo(TimeSpan.ofSeconds(60));
        assertThat(d.get(LifecycleSettings.PRE_STOP_SLEEP)).isEqualTo(TimeSpan.ofSeconds(20));
        assertThat(d.get(LifecycleSettings.READINESS_PERIOD)).isEqualTo(TimeSpan.ofSeconds(2));
        assertThat(d.get(LifecycleSettings.READINESS_SUCCESS_THRESHOLD)).isEqualTo(2);
        assertThat(d.get(RolloutSettings.PDB_MIN_AVAILABLE)).isEqualTo(Scale.count(3));
        assertThat(r.provenance().of("D", "lifecycle.preStopSleep").orElseThrow().origin())
                .isEqualTo(new Origin("app.yaml", 16, "spec.template.spec.containers[0].lifecycle.preStop.exec.command"));
    }

    @Test
    void aMigInPercentNeedsTenInstancesAsTheHopDoes() throws Exception {
        assertThatThrownBy(() -> run("A", ConfigKind.GCLOUD, null, "mig.json", """
                {"kind": "compute#instanceGroupManager", "targetSize": 4,
                 "updatePolicy": {"maxSurge": {"percent": 50}, "maxUnavailable": {"fixed": 0}}}
                """)).isInstanceOf(ImportException.class).hasMessageContaining("make an invalid project: hop A: a MIG "
                + "takes a percentage for maxSurge or maxUnavailable only with 10 or more instances, not 4");
    }
}
