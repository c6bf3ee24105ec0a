package dev.rollscope.model.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.importing.facade.ConfigImport;
import dev.rollscope.model.importing.fix.ConfigChange;
import dev.rollscope.model.importing.fix.ConfigFixes;
import dev.rollscope.model.importing.kong.KongProperties;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.ReplacementMethod;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property, over a seeded loop of random topologies: hop settings → written as nginx, Kong
 * (decK, kong.conf, Helm values), Kubernetes and gcloud files → imported back → the same settings,
 * and nothing in the files not understood. The nginx directives are written by the fix renderer
 * ({@link ConfigFixes}), so its output is proved to read back as the value it stands for.
 */
class RoundTripTest {

    private static final int RUNS = 200;

    @TempDir
    Path dir;

    private Project base;

    @Test
    void everyHopsSettingsSurviveWritingAndImporting() throws Exception {
        base = ProjectFile.read(Path.of("../examples/abcd-defaults.json"));
        Random random = new Random(20261204L);
        for (int run = 0; run < RUNS; run++) {
            nginxL7(random, run);
            nginxL4(random, run);
            kong(random, run);
            kubernetes(random, run);
            gcloud(random, run);
        }
    }

    private void nginxL7(Random r, int run) throws Exception {
        Map<Setting<?>, Object> v = new LinkedHashMap<>();
        v.put(ProxySettings.CLIENT_HEADER_TIMEOUT, time(r));
        v.put(ProxySettings.CLIENT_BODY_TIMEOUT, time(r));
        v.put(ProxySettings.SEND_TIMEOUT, time(r));
        v.put(ProxySettings.KEEPALIVE_TIMEOUT, time(r));
        v.put(ProxySettings.CLIENT_MAX_BODY_SIZE, size(r));
        v.put(ProxySettings.REQUEST_BUFFERING, r.nextBoolean());
        v.put(ProxySettings.RESPONSE_BUFFERING, r.nextBoolean());
        v.put(ProxySettings.CONNECT_TIMEOUT, TimeSpan.ofMillis(1 + r.nextInt(75_000)));
        v.put(ProxySettings.UPSTREAM_SEND_TIMEOUT, time(r));
        v.put(ProxySettings.UPSTREAM_READ_TIMEOUT, time(r));
        boolean next = r.nextBoolean();
        v.put(ProxySettings.NEXT_UPSTREAM, next);
        v.put(ProxySettings.NEXT_UPSTREAM_NON_IDEMPOTENT, next && r.nextBoolean());
        v.put(ProxySettings.NEXT_UPSTREAM_TRIES, r.nextInt(5));
        v.put(ProxySettings.UPSTREAM_KEEPALIVE, 1 + r.nextInt(64));
        v.put(ProxySettings.UPSTREAM_KEEPALIVE_TIMEOUT, time(r));
        v.put(ProxySettings.UPSTREAM_KEEPALIVE_TIME, time(r));
        v.put(ProxySettings.WORKER_SHUTDOWN_TIMEOUT, time(r));
        Hop a = withAll(hop("A"), v);
        StringBuilder main = new StringBuilder();
        StringBuilder location = new StringBuilder();
        StringBuilder upstream = new StringBuilder();
        for (Setting<?> s : v.keySet()) {
            ConfigChange c = fix(a, s);
            StringBuilder block = c.where().startsWith("the main") ? main
                    : c.where().startsWith("the upstream") ? upstream : location;
            if (block.indexOf(c.text()) < 0) {
                block.append("        ").append(c.text());
            }
        }
        String conf = main + "events {}\nhttp {\n    server {\n        listen 80 default_server;\n        location / {\n"
                + "            proxy_pass http://b;\n" + location + "        }\n    }\n    upstream b {\n"
                + "        server 10.0.0.2:80;\n" + upstream + "    }\n}\n";
        assertSame(v, importText("A", ConfigKind.NGINX, "a" + run + ".conf", conf), "A", conf);
    }

    private void nginxL4(Random r, int run) throws Exception {
        Map<Setting<?>, Object> v = new LinkedHashMap<>();
        v.put(ProxySettings.CONNECT_TIMEOUT, TimeSpan.ofMillis(1 + r.nextInt(75_000)));
        v.put(ProxySettings.STREAM_IDLE_TIMEOUT, time(r));
        v.put(ProxySettings.NEXT_UPSTREAM, r.nextBoolean());
        v.put(ProxySettings.NEXT_UPSTREAM_TRIES, r.nextInt(5));
        Hop b = withAll(hop("B"), v);
        StringBuilder server = new StringBuilder();
        for (Setting<?> s : v.keySet()) {
            server.append("    ").append(fix(b, s).text());
        }
        String conf = "stream {\n  server {\n    listen 443;\n    proxy_pass 10.0.0.3:443;\n" + server + "  }\n}\n";
        assertSame(v, importText("B", ConfigKind.NGINX, "b" + run + ".conf", conf), "B", conf);
    }

    private void kong(Random r, int run) throws Exception {
        Map<Setting<?>, Object> deck = new LinkedHashMap<>();
        deck.put(ProxySettings.CONNECT_TIMEOUT, TimeSpan.ofMillis(1 + r.nextInt(120_000)));
        deck.put(ProxySettings.UPSTREAM_SEND_TIMEOUT, TimeSpan.ofMillis(r.nextInt(600_000)));
        deck.put(ProxySettings.UPSTREAM_READ_TIMEOUT, TimeSpan.ofMillis(r.nextInt(600_000)));
        deck.put(ProxySettings.RETRIES, r.nextInt(10));
        deck.put(ProxySettings.REQUEST_BUFFERING, r.nextBoolean());
        deck.put(ProxySettings.RESPONSE_BUFFERING, r.nextBoolean());
        String deckText = "_format_version: \"3.0\"\nservices:\n- name: app\n  host: d.default.svc\n"
                + "  connect_timeout: " + ms(deck, ProxySettings.CONNECT_TIMEOUT) + "\n"
                + "  write_timeout: " + ms(deck, ProxySettings.UPSTREAM_SEND_TIMEOUT) + "\n"
                + "  read_timeout: " + ms(deck, ProxySettings.UPSTREAM_READ_TIMEOUT) + "\n"
                + "  retries: " + deck.get(ProxySettings.RETRIES) + "\n  routes:\n  - name: r\n"
                + "    request_buffering: " + deck.get(ProxySettings.REQUEST_BUFFERING) + "\n"
                + "    response_buffering: " + deck.get(ProxySettings.RESPONSE_BUFFERING) + "\n";
        assertSame(deck, importText("C", ConfigKind.KONG, "kong" + run + ".yaml", deckText), "C", deckText);

        Map<Setting<?>, Object> conf = new LinkedHashMap<>();
        conf.put(ProxySettings.CLIENT_BODY_TIMEOUT, time(r));
        conf.put(ProxySettings.CLIENT_HEADER_TIMEOUT, time(r));
        conf.put(ProxySettings.SEND_TIMEOUT, time(r));
        conf.put(ProxySettings.KEEPALIVE_TIMEOUT, time(r));
        conf.put(ProxySettings.CLIENT_MAX_BODY_SIZE, size(r));
        conf.put(ProxySettings.UPSTREAM_KEEPALIVE, r.nextInt(1000));
        conf.put(ProxySettings.UPSTREAM_KEEPALIVE_TIMEOUT, TimeSpan.ofSeconds(r.nextInt(3600)));
        conf.put(ProxySettings.WORKER_SHUTDOWN_TIMEOUT, time(r));
        StringBuilder text = new StringBuilder("# written by RoundTripTest\n");
        for (Map.Entry<Setting<?>, Object> e : conf.entrySet()) {
            String property = KongProperties.propertyFor(e.getKey()).orElseThrow();
            String value = KongProperties.format(e.getKey(), e.getValue());
            text.append(r.nextBoolean() ? property + " = " + value : KongProperties.toEnv(property) + "=" + value)
                    .append('\n');
        }
        assertSame(conf, importText("C", ConfigKind.KONG, "kong" + run + ".conf", text.toString()), "C", text.toString());

        Map<Setting<?>, Object> helm = new LinkedHashMap<>();
        int replicas = 1 + r.nextInt(20);
        helm.put(LifecycleSettings.TERMINATION_GRACE_PERIOD, TimeSpan.ofSeconds(r.nextInt(300)));
        helm.put(LifecycleSettings.KONG_QUIT_WAIT, TimeSpan.ofSeconds(r.nextInt(60)));
        helm.put(LifecycleSettings.KONG_QUIT_TIMEOUT, TimeSpan.ofSeconds(1 + r.nextInt(60)));
        helm.put(LifecycleSettings.READINESS_PERIOD, TimeSpan.ofSeconds(1 + r.nextInt(60)));
        helm.put(RolloutSettings.MAX_SURGE, Scale.percent(1 + r.nextInt(100)));
        helm.put(RolloutSettings.MAX_UNAVAILABLE, Scale.count(r.nextInt(3)));
        String values = "replicaCount: " + replicas + "\nterminationGracePeriodSeconds: "
                + sec(helm, LifecycleSettings.TERMINATION_GRACE_PERIOD) + "\nlifecycle:\n  preStop:\n    exec:\n"
                + "      command: [kong, quit, \"--wait=" + sec(helm, LifecycleSettings.KONG_QUIT_WAIT) + "\", "
                + "\"--timeout=" + sec(helm, LifecycleSettings.KONG_QUIT_TIMEOUT) + "\"]\nreadinessProbe:\n"
                + "  periodSeconds: " + sec(helm, LifecycleSettings.READINESS_PERIOD) + "\nupdateStrategy:\n"
                + "  rollingUpdate:\n    maxSurge: \"" + helm.get(RolloutSettings.MAX_SURGE) + "\"\n"
                + "    maxUnavailable: " + helm.get(RolloutSettings.MAX_UNAVAILABLE) + "\n";
        ImportResult result = importText("C", ConfigKind.KONG, "values" + run + ".yaml", values);
        assertSame(helm, result, "C", values);
        assertThat(result.project().topology().hop("C").orElseThrow().replicas()).isEqualTo(replicas);
    }

    private void kubernetes(Random r, int run) throws Exception {
        Map<Setting<?>, Object> v = new LinkedHashMap<>();
        int replicas = 1 + r.nextInt(30);
        v.put(RolloutSettings.MAX_SURGE, r.nextBoolean() ? Scale.percent(1 + r.nextInt(100)) : Scale.count(1 + r.nextInt(5)));
        v.put(RolloutSettings.MAX_UNAVAILABLE, r.nextBoolean() ? Scale.percent(r.nextInt(101)) : Scale.count(r.nextInt(5)));
        v.put(RolloutSettings.MIN_READY, TimeSpan.ofSeconds(r.nextInt(120)));
        v.put(RolloutSettings.PDB_MIN_AVAILABLE, Scale.count(r.nextInt(replicas)));
        v.put(LifecycleSettings.TERMINATION_GRACE_PERIOD, TimeSpan.ofSeconds(r.nextInt(600)));
        v.put(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(r.nextInt(60)));
        v.put(LifecycleSettings.READINESS_INITIAL_DELAY, TimeSpan.ofSeconds(r.nextInt(60)));
        v.put(LifecycleSettings.READINESS_PERIOD, TimeSpan.ofSeconds(1 + r.nextInt(60)));
        v.put(LifecycleSettings.READINESS_SUCCESS_THRESHOLD, 1 + r.nextInt(5));
        String yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  replicas: " + replicas
                + "\n  minReadySeconds: " + sec(v, RolloutSettings.MIN_READY) + "\n  strategy:\n    type: RollingUpdate\n"
                + "    rollingUpdate:\n      maxSurge: \"" + v.get(RolloutSettings.MAX_SURGE) + "\"\n"
                + "      maxUnavailable: \"" + v.get(RolloutSettings.MAX_UNAVAILABLE) + "\"\n  template:\n"
                + "    metadata:\n      labels:\n        app: d\n    spec:\n      terminationGracePeriodSeconds: "
                + sec(v, LifecycleSettings.TERMINATION_GRACE_PERIOD) + "\n      containers:\n      - name: d\n"
                + "        lifecycle:\n          preStop:\n            exec:\n              command: [\"sleep\", \""
                + sec(v, LifecycleSettings.PRE_STOP_SLEEP) + "\"]\n        readinessProbe:\n          initialDelaySeconds: "
                + sec(v, LifecycleSettings.READINESS_INITIAL_DELAY) + "\n          periodSeconds: "
                + sec(v, LifecycleSettings.READINESS_PERIOD) + "\n          successThreshold: "
                + v.get(LifecycleSettings.READINESS_SUCCESS_THRESHOLD) + "\n---\napiVersion: policy/v1\n"
                + "kind: PodDisruptionBudget\nmetadata:\n  name: d\nspec:\n  minAvailable: "
                + v.get(RolloutSettings.PDB_MIN_AVAILABLE) + "\n  selector:\n    matchLabels:\n      app: d\n";
        ImportResult result = importText("D", ConfigKind.K8S, "d" + run + ".yaml", yaml);
        assertSame(v, result, "D", yaml);
        assertThat(result.project().topology().hop("D").orElseThrow().replicas()).isEqualTo(replicas);
    }

    private void gcloud(Random r, int run) throws Exception {
        Map<Setting<?>, Object> v = new LinkedHashMap<>();
        int size = 1 + r.nextInt(30);
        boolean percent = size >= 10 && r.nextBoolean();
        v.put(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(1 + r.nextInt(86_400)));
        v.put(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofSeconds(r.nextInt(3601)));
        v.put(RolloutSettings.MAX_SURGE, percent ? Scale.percent(10 + r.nextInt(91)) : Scale.count(1 + r.nextInt(5)));
        v.put(RolloutSettings.MAX_UNAVAILABLE, percent ? Scale.percent(r.nextInt(101)) : Scale.count(r.nextInt(5)));
        v.put(RolloutSettings.MIN_READY, TimeSpan.ofSeconds(r.nextInt(600)));
        v.put(RolloutSettings.REPLACEMENT_METHOD, r.nextBoolean() ? ReplacementMethod.SUBSTITUTE : ReplacementMethod.RECREATE);
        v.put(RolloutSettings.ZONES, 1 + r.nextInt(3));
        String bs = "{\n  \"kind\": \"compute#backendService\",\n  \"name\": \"a\",\n  \"timeoutSec\": "
                + sec(v, FrontSettings.BACKEND_TIMEOUT) + ",\n  \"connectionDraining\": {\"drainingTimeoutSec\": "
                + sec(v, FrontSettings.DRAIN_TIMEOUT) + "},\n  \"loadBalancingScheme\": \"EXTERNAL_MANAGED\"\n}\n";
        String mig = "{\n  \"kind\": \"compute#instanceGroupManager\",\n  \"targetSize\": " + size + ",\n"
                + "  \"distributionPolicy\": {\"zones\": [" + "{\"zone\": \"z\"},".repeat((Integer) v.get(RolloutSettings.ZONES))
                .replaceAll(",$", "") + "]},\n  \"updatePolicy\": {\n    \"maxSurge\": " + fixedOrPercent(v, RolloutSettings.MAX_SURGE)
                + ",\n    \"maxUnavailable\": " + fixedOrPercent(v, RolloutSettings.MAX_UNAVAILABLE) + ",\n"
                + "    \"minReadySec\": " + sec(v, RolloutSettings.MIN_READY) + ",\n    \"replacementMethod\": \""
                + v.get(RolloutSettings.REPLACEMENT_METHOD) + "\"\n  }\n}\n";
        Files.writeString(dir.resolve("bs" + run + ".json"), bs);
        Files.writeString(dir.resolve("mig" + run + ".json"), mig);
        ImportResult result;
        try {
            result = ConfigImport.run(base, "A", ConfigKind.GCLOUD, List.of(dir.resolve("bs" + run + ".json"),
                    dir.resolve("mig" + run + ".json")), new SourceFiles(dir), ConfigImport.Options.NONE);
        } catch (ImportException e) {
            assertThat(e.getMessage()).as(mig).contains("both resolve to 0");
            return;
        }
        assertSame(v, result, "A", bs + mig);
        assertThat(result.project().topology().hop("A").orElseThrow().replicas()).isEqualTo(size);
    }

    private static String fixedOrPercent(Map<Setting<?>, Object> v, Setting<Scale> s) {
        Scale scale = (Scale) v.get(s);
        return scale.percent() ? "{\"percent\": " + scale.value() + ", \"calculated\": 1}"
                : "{\"fixed\": " + scale.value() + ", \"calculated\": " + scale.value() + "}";
    }

    private Hop hop(String id) {
        return base.topology().hop(id).orElseThrow();
    }

    private ConfigChange fix(Hop hop, Setting<?> s) {
        return ConfigFixes.render(new SettingChange(hop.id(), s.id(), s.format(hop.get(s))),
                base.topology().withHop(base.topology().indexOf(hop.id()), hop), Provenance.EMPTY, new SourceFiles(dir));
    }

    private ImportResult importText(String hop, ConfigKind kind, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return ConfigImport.run(base, hop, kind, List.of(f), new SourceFiles(dir), ConfigImport.Options.NONE);
    }

    private static void assertSame(Map<Setting<?>, Object> expected, ImportResult r, String hop, String file) {
        Hop h = r.project().topology().hop(hop).orElseThrow();
        for (Map.Entry<Setting<?>, Object> e : expected.entrySet()) {
            assertThat(h.settings().asMap().get(e.getKey())).as(e.getKey() + " in\n" + file).isEqualTo(e.getValue());
        }
        assertThat(r.report().of(ReportLine.Kind.NOT_UNDERSTOOD)).as(file).isEmpty();
        assertThat(r.report().of(ReportLine.Kind.CONFLICT)).as(file).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Hop withAll(Hop hop, Map<Setting<?>, Object> values) {
        Hop h = hop;
        for (Map.Entry<Setting<?>, Object> e : values.entrySet()) {
            h = h.with((Setting<Object>) e.getKey(), e.getValue());
        }
        return h;
    }

    /**
     * A size nginx writes exactly: whole KiB below 1 MiB, else whole MiB (the fix renderer rounds a
     * larger size up to whole MiB, which only raises a limit).
     */
    private static ByteSize size(Random r) {
        return ByteSize.ofBytes(r.nextBoolean() ? 1024L * r.nextInt(1024) : (1L << 20) * r.nextInt(2048));
    }

    /** Whole seconds, or milliseconds, up to two hours. */
    private static TimeSpan time(Random r) {
        return r.nextBoolean() ? TimeSpan.ofSeconds(r.nextInt(7200)) : TimeSpan.ofMillis(r.nextInt(7_200_000));
    }

    private static long ms(Map<Setting<?>, Object> v, Setting<?> s) {
        return ((TimeSpan) v.get(s)).millis();
    }

    private static long sec(Map<Setting<?>, Object> v, Setting<?> s) {
        return ((TimeSpan) v.get(s)).millis() / 1000;
    }
}
