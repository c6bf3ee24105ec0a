package dev.rollscope.model.importing.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.importing.facade.ConfigImport;
import dev.rollscope.model.importing.ConfigKind;
import dev.rollscope.model.importing.ImportResult;
import dev.rollscope.model.importing.SourceFiles;
import dev.rollscope.model.importing.tree.Node;
import dev.rollscope.model.importing.tree.Trees;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.sim.SettingChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixes given back as configuration: the nginx diffs are applied with {@code patch} and checked by
 * a real {@code nginx -t} (skipped, saying so, where nginx is not installed); the YAML ones are
 * applied and parsed back with the YAML parser to the value the fix asked for.
 */
class ConfigFixesTest {

    @TempDir
    Path dir;

    private static final String NGINX = """
            events {}
            http {
                proxy_read_timeout 60s;
                server {
                    listen 127.0.0.1:18080 default_server;
                    location / {
                        client_max_body_size 1m;
                        proxy_pass http://b;
                    }
                }
                upstream b {
                    server 127.0.0.1:18081;
                }
            }
            """;

    private ImportResult importA() throws Exception {
        Files.writeString(dir.resolve("nginx.conf"), NGINX);
        Project p = ProjectFile.read(Path.of("../examples/abcd-defaults.json"));
        return ConfigImport.run(p, "A", ConfigKind.NGINX, List.of(dir.resolve("nginx.conf")), new SourceFiles(dir),
                ConfigImport.Options.NONE);
    }

    private ConfigChange fixA(String setting, String value) throws Exception {
        ImportResult r = importA();
        return ConfigFixes.render(new SettingChange("A", setting, value), r.project().topology(), r.provenance(),
                new SourceFiles(dir));
    }

    @Test
    void anImportedDirectiveIsChangedOnItsLineRoundedUpToWholeMegabytes() throws Exception {
        ConfigChange c = fixA("proxy.clientMaxBodySize", "50MB");

        assertThat(c.diff()).isTrue();
        assertThat(c.text()).isEqualTo("""
                --- a/nginx.conf
                +++ b/nginx.conf
                @@ -4,7 +4,7 @@
                     server {
                         listen 127.0.0.1:18080 default_server;
                         location / {
                -            client_max_body_size 1m;
                +            client_max_body_size 48m;
                             proxy_pass http://b;
                         }
                     }
                """);
        assertNginxAccepts(c);
    }

    @Test
    void aMissingDirectiveIsAddedToTheBlockItBelongsIn() throws Exception {
        ConfigChange keepalive = fixA("proxy.upstreamKeepalive", "16");
        ConfigChange retry = fixA("proxy.nextUpstreamNonIdempotent", "true");

        assertThat(keepalive.text()).isEqualTo("""
                --- a/nginx.conf
                +++ b/nginx.conf
                @@ -9,6 +9,7 @@
                         }
                     }
                     upstream b {
                +        keepalive 16;
                         server 127.0.0.1:18081;
                     }
                 }
                """);
        assertThat(retry.text()).contains("+            proxy_next_upstream error timeout non_idempotent;\n")
                .contains("@@ -4,6 +4,7 @@");
        assertNginxAccepts(keepalive);
        assertNginxAccepts(retry);
    }

    @Test
    void keepaliveZeroRemovesTheDirectiveWhichNginxRefusesAsZero() throws Exception {
        ImportResult r = importA();
        ConfigChange keepalive = ConfigFixes.render(new SettingChange("A", "proxy.upstreamKeepalive", "16"),
                r.project().topology(), r.provenance(), new SourceFiles(dir));
        Files.writeString(dir.resolve("nginx.conf"), applied(keepalive));
        ImportResult again = ConfigImport.run(r.project(), "A", ConfigKind.NGINX, List.of(dir.resolve("nginx.conf")),
                new SourceFiles(dir), ConfigImport.Options.NONE);

        ConfigChange off = ConfigFixes.render(new SettingChange("A", "proxy.upstreamKeepalive", "0"),
                again.project().topology(), again.provenance(), new SourceFiles(dir));

        assertThat(off.text()).contains("-        keepalive 16;\n+        # keepalive removed: no idle upstream "
                + "connections are kept\n");
        assertNginxAccepts(off);
    }

    @Test
    void withoutAnImportedFileTheDirectiveIsGivenWithItsBlock() throws Exception {
        Project p = ProjectFile.read(Path.of("../examples/abcd-defaults.json"));

        ConfigChange c = ConfigFixes.render(new SettingChange("B", "proxy.streamIdleTimeout", "20m"), p.topology(),
                dev.rollscope.model.importing.Provenance.EMPTY, new SourceFiles(dir));

        assertThat(c.where()).isEqualTo("the stream server block");
        assertThat(c.text()).isEqualTo("proxy_timeout 20m;\n");
        assertThat(c.diff()).isFalse();
    }

    @Test
    void aStreamHopsDirectiveIsChangedInItsServerBlock() throws Exception {
        Files.writeString(dir.resolve("b.conf"), "events {}\nstream {\n    server {\n        listen 127.0.0.1:18443;\n"
                + "        proxy_pass 127.0.0.1:18444;\n    }\n}\n");
        Project p = ProjectFile.read(Path.of("../examples/abcd-defaults.json"));
        ImportResult r = ConfigImport.run(p, "B", ConfigKind.NGINX, List.of(dir.resolve("b.conf")), new SourceFiles(dir),
                ConfigImport.Options.NONE);

        ConfigChange c = ConfigFixes.render(new SettingChange("B", "proxy.streamIdleTimeout", "1h"),
                r.project().topology(), r.provenance(), new SourceFiles(dir));

        assertThat(c.text()).contains("     server {\n+        proxy_timeout 1h;\n         listen 127.0.0.1:18443;\n");
        assertNginxAccepts(c);
    }

    @Test
    void gcpSettingsBecomeGcloudCommands() throws Exception {
        Project p = ProjectFile.read(Path.of("../examples/abcd-defaults.json"));

        ConfigChange drain = ConfigFixes.render(new SettingChange("A", "front.drainTimeout", "300s"), p.topology(),
                dev.rollscope.model.importing.Provenance.EMPTY, new SourceFiles(dir));
        ConfigChange surge = ConfigFixes.render(new SettingChange("B", "rollout.maxUnavailable", "0"), p.topology(),
                dev.rollscope.model.importing.Provenance.EMPTY, new SourceFiles(dir));

        assertThat(drain.text()).isEqualTo("gcloud compute backend-services update BACKEND_SERVICE --global "
                + "--connection-draining-timeout=300\n");
        assertThat(surge.text()).isEqualTo("gcloud compute instance-groups managed rolling-action start-update MIG "
                + "--version=template=NEW_TEMPLATE --region=REGION --max-unavailable=0\n");
        // Nothing imported: the names are placeholders, and where each change goes says which they are.
        assertThat(drain.where()).isEqualTo("backend service in front of hop A; not known to the project, fill in: "
                + "BACKEND_SERVICE");
        assertThat(surge.where()).isEqualTo("MIG of hop B; not known to the project, fill in: MIG, NEW_TEMPLATE, REGION");
    }

    /** Where a change goes and a change no file holds read in Chinese; the YAML itself does not change. */
    @Test
    void whereAChangeGoesIsSaidInTheUsersLanguage() throws Exception {
        Project p = ProjectFile.read(Path.of("../examples/abcd-defaults.json"));
        java.util.Locale zh = java.util.Locale.SIMPLIFIED_CHINESE;

        ConfigChange grace = ConfigFixes.render(new SettingChange("D", "lifecycle.terminationGracePeriod", "45s"),
                p.topology(), dev.rollscope.model.importing.Provenance.EMPTY, new SourceFiles(dir), zh);
        ConfigChange keepalive = ConfigFixes.render(new SettingChange("D", "proxy.keepaliveTimeout", "65s"),
                p.topology(), dev.rollscope.model.importing.Provenance.EMPTY, new SourceFiles(dir), zh);

        assertThat(grace.where()).isEqualTo("跳点 D 的 Deployment（kubectl patch deployment DEPLOYMENT --patch-file）；"
                + "项目不知道，请填写：DEPLOYMENT");
        assertThat(grace.text()).isEqualTo(ConfigFixes.render(new SettingChange("D", "lifecycle.terminationGracePeriod",
                "45s"), p.topology(), dev.rollscope.model.importing.Provenance.EMPTY, new SourceFiles(dir)).text());
        assertThat(keepalive.text()).isEqualTo("没有配置文件保存 D.proxy.keepaliveTimeout（GKE_DEPLOYMENT 上的 APP_RUNTIME）："
                + "这是应用本身的行为；请在应用中把它设为 65s\n");
    }

    @Test
    void anImportedDeploymentFieldIsChangedInPlaceAndParsesBack() throws Exception {
        ConfigChange c = renderOnPodinfo(new SettingChange("D", "rollout.maxUnavailable", "25%"));

        assertThat(c.text()).contains("-      maxUnavailable: 0\n+      maxUnavailable: \"25%\"\n");
        Node patched = Trees.yaml(applied(c), "patched").get(0);
        assertThat(patched.at("spec.strategy.rollingUpdate.maxUnavailable").orElseThrow().text()).isEqualTo("25%");
    }

    /** A field the imported Deployment does not hold is a patch of that Deployment, named as its manifest names it. */
    @Test
    void aPatchOfAnImportedDeploymentNamesIt() throws Exception {
        ConfigChange c = renderOnPodinfo(new SettingChange("D", "lifecycle.preStopSleep", "20s"));

        assertThat(c.diff()).isFalse();
        assertThat(c.where()).isEqualTo("Deployment of hop D (kubectl patch deployment podinfo --patch-file)");
    }

    /** The fix as configuration after podinfo's Deployment (the corpus's) was imported into D. */
    private ConfigChange renderOnPodinfo(SettingChange fix) throws Exception {
        Path corpus = copyCorpus("k8s/podinfo-deployment.yaml");
        ImportResult r = ConfigImport.run(ProjectFile.read(Path.of("../examples/abcd-defaults.json")), "D",
                ConfigKind.K8S, List.of(corpus), new SourceFiles(dir), ConfigImport.Options.NONE);
        return ConfigFixes.render(fix, r.project().topology(), r.provenance(), new SourceFiles(dir));
    }

    @Test
    void kongsPreStopWaitIsChangedInTheChartValues() throws Exception {
        Path values = copyCorpus("kong/values.yaml");
        ImportResult r = ConfigImport.run(ProjectFile.read(Path.of("../examples/abcd-defaults.json")), "C",
                ConfigKind.KONG, List.of(values), new SourceFiles(dir), ConfigImport.Options.NONE);

        ConfigChange c = ConfigFixes.render(new SettingChange("C", "lifecycle.kongQuitWait", "40s"),
                r.project().topology(), r.provenance(), new SourceFiles(dir));

        assertThat(c.text()).contains("@@ -1004,7 +1004,7 @@").contains("-        - '--wait=15'\n+        - '--wait=40'\n");
        Node patched = Trees.yaml(applied(c), "patched").get(0);
        assertThat(patched.at("lifecycle.preStop.exec.command").orElseThrow().items().stream().map(Node::text)
                .collect(Collectors.toList())).containsExactly("kong", "quit", "--wait=40");
    }

    @Test
    void patchesWithoutAFileAreYamlThatParsesToTheValue() throws Exception {
        Project p = ProjectFile.read(Path.of("../examples/abcd-defaults.json"));

        ConfigChange preStop = ConfigFixes.render(new SettingChange("D", "lifecycle.preStopSleep", "20s"),
                p.topology(), dev.rollscope.model.importing.Provenance.EMPTY, new SourceFiles(dir));
        ConfigChange deck = ConfigFixes.render(new SettingChange("C", "proxy.upstreamReadTimeout", "90s"),
                p.topology(), dev.rollscope.model.importing.Provenance.EMPTY, new SourceFiles(dir));
        ConfigChange env = ConfigFixes.render(new SettingChange("C", "proxy.clientBodyTimeout", "2m"),
                p.topology(), dev.rollscope.model.importing.Provenance.EMPTY, new SourceFiles(dir));

        Node container = Trees.yaml(preStop.text(), "x").get(0).at("spec.template.spec.containers").orElseThrow()
                .items().get(0);
        assertThat(container.at("lifecycle.preStop.exec.command").orElseThrow().items().stream().map(Node::text)
                .collect(Collectors.toList())).containsExactly("sleep", "20");
        assertThat(Trees.yaml(deck.text(), "x").get(0).get("services").orElseThrow().items().get(0)
                .get("read_timeout").orElseThrow().text()).isEqualTo("90000");
        assertThat(Trees.yaml(env.text(), "x").get(0).at("env.nginx_http_client_body_timeout").orElseThrow().text())
                .isEqualTo("2m");
    }

    private void assertNginxAccepts(ConfigChange c) throws Exception {
        NginxCheck.assertAccepted(dir, applied(c));
    }

    private Path copyCorpus(String name) throws IOException {
        Path target = dir.resolve(Path.of(name).getFileName());
        Files.copy(Path.of("src/test/resources/importing").resolve(name), target);
        return target;
    }

    /** Applies the change's diff with {@code patch -p1} in a copy of the directory; returns the patched file. */
    private String applied(ConfigChange c) throws Exception {
        assertThat(c.diff()).isTrue();
        String file = c.text().lines().findFirst().orElseThrow().substring("--- a/".length());
        Path copy = Files.createTempDirectory(dir, "patched");
        Files.copy(dir.resolve(file), copy.resolve(file));
        Process p = new ProcessBuilder("patch", "-p1", "-s", "-d", copy.toString()).redirectErrorStream(true).start();
        p.getOutputStream().write(c.text().getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("patch: " + output).isZero();
        return Files.readString(copy.resolve(file));
    }

}
