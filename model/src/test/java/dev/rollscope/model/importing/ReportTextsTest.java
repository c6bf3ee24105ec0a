package dev.rollscope.model.importing;

import static dev.rollscope.model.i18n.BundlePatterns.placeholders;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.importing.facade.ConfigImport;
import dev.rollscope.model.io.ProjectFile;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import report speaks English and Simplified Chinese: both bundles have the same entries with
 * the same arguments, every line of real reports reads in Chinese (so no English text is left built
 * in the code), and a line and a conflict read as written here by hand.
 */
class ReportTextsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** An apostrophe that is not doubled: MessageFormat would swallow it and quote what follows. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @TempDir
    Path dir;

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ReportText.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The pattern without its quoted braces ('{', '}'), which a refusal's words use. */
    private static String unbraced(String pattern) {
        return pattern.replace("'{'", "").replace("'}'", "");
    }

    private static int arguments(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    @Test
    void bothBundlesHaveTheSameEntriesWithTheSameArguments() throws Exception {
        Properties en = bundle("report.properties");
        Properties zh = bundle("report_zh_CN.properties");

        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en).hasSizeGreaterThan(130);
        for (String key : en.stringPropertyNames()) {
            assertThat(arguments(zh.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key)));
            assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
            assertThat(LONE_QUOTE.matcher(unbraced(en.getProperty(key))).find()).as("lone ' in " + key).isFalse();
            assertThat(LONE_QUOTE.matcher(unbraced(zh.getProperty(key))).find()).as("lone ' in zh " + key).isFalse();
            String words = zh.getProperty(key).replaceAll("\\{\\d}", "");
            assertThat(HAN.matcher(words).find() || !words.matches("(?s).*\\p{L}.*")).as("zh " + key).isTrue();
        }
    }

    /** The imports of examples/configs (as ExampleFromConfigsTest) and of the public corpus (as CorpusReportTest). */
    private static List<ImportReport> reports() throws Exception {
        List<ImportReport> out = new ArrayList<>();
        Path examples = Path.of("../examples");
        Project p = ProjectFile.read(examples.resolve("abcd-defaults.json"));
        for (String[] step : ExampleFromConfigsTest.STEPS) {
            List<Path> paths = new ArrayList<>();
            for (int i = 3; i < step.length; i++) {
                paths.add(examples.resolve(step[i]));
            }
            ImportResult r = ConfigImport.run(p, step[0], ConfigKind.valueOf(step[1].toUpperCase(Locale.ROOT)), paths,
                    new SourceFiles(examples), new ConfigImport.Options(step[2], null));
            p = r.project();
            out.add(r.report());
        }
        out.add(CorpusReportTest.importInto("A", ConfigKind.NGINX, "nginx/debian/nginx.conf").report());
        out.add(CorpusReportTest.importInto("B", ConfigKind.NGINX, "nginx/stream/nginx.conf").report());
        out.add(CorpusReportTest.importInto("C", ConfigKind.KONG, "kong/values.yaml").report());
        out.add(CorpusReportTest.importInto("C", ConfigKind.KONG, "kong/kong.yaml").report());
        out.add(CorpusReportTest.importInto("C", ConfigKind.KONG, "kong/upstream-target.yaml").report());
        out.add(CorpusReportTest.importInto("D", ConfigKind.K8S, "k8s/podinfo-deployment.yaml",
                "k8s/podinfo-service.yaml", "k8s/zookeeper-pdb.yaml").report());
        out.add(CorpusReportTest.importInto("A", ConfigKind.GCLOUD, "gcloud/backend-services.json",
                "gcloud/migs.json").report());
        return out;
    }

    @Test
    void everyLineOfTheExampleAndCorpusReportsReadsInChinese() throws Exception {
        int lines = 0;
        for (ImportReport report : reports()) {
            for (ReportLine l : report.lines()) {
                assertThat(HAN.matcher(l.text(ZH)).find()).as(l.format()).isTrue();
                assertThat(l.format(ZH)).as(l.format()).startsWith(l.kind().label(ZH))
                        .endsWith(l.origin().where() + "  " + l.origin().name() + ": " + l.text(ZH));
                assertThat(l.format(Locale.ENGLISH)).isEqualTo(l.format());
                lines++;
            }
            assertThat(report.format(ZH).lines().reduce((a, b) -> b).orElseThrow()).startsWith("已应用 ");
        }
        assertThat(lines).isGreaterThan(200);
    }

    @Test
    void anAppliedLineAndItsCountsReadInChineseAsWrittenHere() throws Exception {
        Path conf = dir.resolve("b.conf");
        Files.writeString(conf, "stream {\n  server {\n    listen 443;\n    proxy_timeout 20m;\n    proxy_pass c;\n"
                + "  }\n}\n");
        Project p = ProjectFile.read(Path.of("../examples/abcd-defaults.json"));

        ImportReport r = ConfigImport.run(p, "B", ConfigKind.NGINX, List.of(conf), new SourceFiles(dir),
                ConfigImport.Options.NONE).report();

        assertThat(r.format(ZH).lines().toList()).containsExactly(
                "无关" + " ".repeat(11) + "b.conf:3  listen: 该跳点监听的端口；不是时间设置",
                "已应用" + " ".repeat(9) + "b.conf:4  proxy_timeout: B.proxy.streamIdleTimeout = 1200s（原为 600s，即默认值）",
                "无关" + " ".repeat(11) + "b.conf:5  proxy_pass: 请求发往何处；这由 Rollscope 的链路决定",
                "已应用 1 项，无关 2 项，无法理解 0 项，冲突 0 项");
    }

    @Test
    void aConflictBetweenTwoFilesReadsInChineseAsWrittenHere() throws Exception {
        Files.writeString(dir.resolve("kong.conf"), "nginx_http_client_body_timeout = 30s\n");
        Files.writeString(dir.resolve("kong.env"), "export KONG_NGINX_PROXY_CLIENT_BODY_TIMEOUT=\"45s\"\n");
        Project p = ProjectFile.read(Path.of("../examples/abcd-defaults.json"));

        ImportReport r = ConfigImport.run(p, "C", ConfigKind.KONG, List.of(dir.resolve("kong.conf"),
                dir.resolve("kong.env")), new SourceFiles(dir), ConfigImport.Options.NONE).report();

        assertThat(r.of(ReportLine.Kind.CONFLICT).get(0).format(ZH)).isEqualTo("冲突" + " ".repeat(11) + "kong.conf:1  "
                + "nginx_http_client_body_timeout: 此处 C.proxy.clientBodyTimeout = 30s，但 kong.env:1 "
                + "KONG_NGINX_PROXY_CLIENT_BODY_TIMEOUT 处为 45s；后者读取得更晚，以它为准");
    }
}
