package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rollscope import}: the report, what is written (and not), and the exit codes. */
class ImportCommandTest extends CliTestBase {

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void copy() throws Exception {
        project = dir.resolve("chain.json");
        Files.copy(Path.of("..", "examples", "abcd-defaults.json"), project);
        Files.writeString(dir.resolve("b.conf"), "stream {\n  server {\n    listen 443;\n    proxy_timeout 20m;\n"
                + "    proxy_pass c;\n  }\n}\n");
    }

    @Test
    void importsWritesTheProjectAndItsProvenanceAndExitsZero() throws Exception {
        int code = run("import", "nginx", dir.resolve("b.conf").toString(), "--into", project.toString(), "--hop", "B");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("APPLIED        b.conf:4  proxy_timeout: B.proxy.streamIdleTimeout = 1200s "
                + "(was 600s, the default)").contains("1 applied, 2 irrelevant, 0 not understood, 0 conflicts");
        assertThat(ProjectFile.read(project).topology().hop("B").orElseThrow().get(ProxySettings.STREAM_IDLE_TIMEOUT))
                .isEqualTo(TimeSpan.ofSeconds(1200));
        assertThat(Files.readString(dir.resolve("chain.json.imports"))).contains("\"file\" : \"b.conf\"")
                .contains("\"line\" : 4").contains("\"name\" : \"proxy_timeout\"");
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(project);

        assertThat(run("import", "nginx", dir.resolve("b.conf").toString(), "--into", project.toString(), "--hop", "B",
                "--dry-run")).isEqualTo(ExitCodes.OK);

        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(dir.resolve("chain.json.imports")).doesNotExist();
        assertThat(out.toString()).contains("Dry run: " + project + " was not changed.");
    }

    @Test
    void aDryRunInChinesePrintsTheReportAndItsCountsInChinese() throws Exception {
        byte[] before = Files.readAllBytes(project);

        assertThat(run("import", "nginx", dir.resolve("b.conf").toString(), "--into", project.toString(), "--hop", "B",
                "--dry-run", "--lang", "zh")).isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).contains("已应用" + " ".repeat(9) + "b.conf:4  proxy_timeout: "
                + "B.proxy.streamIdleTimeout = 1200s（原为 600s，即默认值）")
                .contains("无关" + " ".repeat(11) + "b.conf:5  proxy_pass: 请求发往何处；这由 Rollscope 的链路决定")
                .contains("已应用 1 项，无关 2 项，无法理解 0 项，冲突 0 项")
                .contains("试运行：" + project + " 未改动。")
                .doesNotContain("APPLIED").doesNotContain("(was");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    /** Imports a.conf holding {@code text} into hop A with {@code options}: refused (exit 2), the project unchanged. */
    private void refusedImport(String text, String... options) throws Exception {
        Files.writeString(dir.resolve("a.conf"), text);
        byte[] before = Files.readAllBytes(project);
        List<String> args = new ArrayList<>(List.of("import", "nginx", dir.resolve("a.conf").toString(), "--into",
                project.toString(), "--hop", "A"));
        args.addAll(List.of(options));

        assertThat(run(args.toArray(String[]::new))).isEqualTo(ExitCodes.INVALID);
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void aRefusedValueExitsTwoAndWritesNothing() throws Exception {
        refusedImport("http {\n  client_max_body_size 10q;\n}\n");

        assertThat(err.toString()).contains("a.conf:2: client_max_body_size: \"10q\" is not an nginx size")
                .contains("nothing was imported or written");
    }

    @Test
    void aBrokenFileSaysWhereAndWhyAndWritesNothing() throws Exception {
        refusedImport("http {\n  server {\n}\n");

        assertThat(err.toString()).startsWith("a.conf:3: unexpected end of file, expecting \"}\"\n"
                + project + ": nothing was imported or written.");
    }

    @Test
    void aBrokenFileInChineseSaysWhereAndWhyInChinese() throws Exception {
        refusedImport("http {\n  server {\n}\n", "--lang", "zh");

        assertThat(err.toString()).startsWith("a.conf:3：文件意外结束，缺少 \"}\"\n"
                + project + "：没有导入或写入任何内容。").doesNotContain("unexpected");
    }

    @Test
    void aMissingFileInChineseSaysSoInChinese() {
        assertThat(run("import", "nginx", dir.resolve("gone.conf").toString(), "--into", project.toString(), "--hop",
                "A", "--lang", "zh")).isEqualTo(ExitCodes.INVALID);

        assertThat(err.toString()).startsWith("gone.conf:0：文件不存在\n");
    }

    @Test
    void somethingNotUnderstoodIsWrittenButExitsOne() {
        assertThat(run("import", "kong", writeKongConf(), "--into", project.toString(), "--hop", "C"))
                .isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString()).contains("NOT UNDERSTOOD kong.conf:2  frobnicate: Rollscope does not know this Kong "
                + "property");
    }

    @Test
    void anUnknownKindOrHopIsAUsageError() {
        assertThat(run("import", "haproxy", "x.cfg", "--into", project.toString(), "--hop", "A"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown kind \"haproxy\": use nginx, kong, k8s or gcloud.");
        assertThat(run("import", "nginx", dir.resolve("b.conf").toString(), "--into", project.toString(), "--hop", "Z"))
                .isEqualTo(ExitCodes.INVALID);
        assertThat(err.toString()).contains("the project has no hop Z (hops: A, B, C, D)");
    }

    private String writeKongConf() {
        try {
            Path f = dir.resolve("kong.conf");
            Files.writeString(f, "upstream_keepalive_idle_timeout = 120\nfrobnicate = on\n");
            return f.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
