package dev.rollscope.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import dev.rollscope.model.importing.ConfigKind;
import dev.rollscope.model.importing.Origin;
import dev.rollscope.model.importing.Provenance;
import dev.rollscope.model.importing.ReportLine;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import dialog's model on the repository's examples: the preview keeps every report line,
 * lists the values that change, applies them as one undoable edit with their provenance, and a
 * refused file changes nothing.
 */
class ImportModelTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final Path PROJECT = EXAMPLES.resolve("abcd-defaults.json");
    static final Path A_CONF = EXAMPLES.resolve("configs/a/nginx.conf");

    private final Messages en = Messages.of(Locale.ENGLISH);
    private final Project original = read();
    private final Document document = new Document(original);

    @TempDir
    Path tmp;

    static Project read() {
        try {
            return ProjectFile.read(PROJECT);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private ImportModel nginxIntoA() {
        document.select("A");
        ImportModel model = new ImportModel(document, en, PROJECT);
        model.locationProperty().set("/upload");
        model.addFiles(List.of(A_CONF));
        return model;
    }

    @Test
    void thePreviewShowsEveryReportLineAndTheValuesThatChange() {
        ImportPreview p = nginxIntoA().previewProperty().get();

        // examples/configs/reports/1-A-nginx.txt: 10 applied, 16 irrelevant, nothing else.
        assertThat(p.canApply()).isTrue();
        assertThat(p.rows()).hasSize(26);
        assertThat(p.rows().stream().filter(r -> r.kind() == ReportLine.Kind.APPLIED)).hasSize(10);
        assertThat(p.message()).startsWith("10 applied, 16 irrelevant, 0 not understood, 0 conflicts.");
        assertThat(p.rows()).contains(new ImportPreview.Row(ReportLine.Kind.APPLIED, "APPLIED",
                "configs/a/nginx.conf:42", "client_max_body_size",
                "A.proxy.clientMaxBodySize = 64MiB (was 1MiB, the default)"));
        // 10 applied, of which upstreamKeepaliveTimeout (60s) and requestBuffering (on) are the defaults already.
        assertThat(p.changes()).hasSize(8);
        assertThat(p.changes()).anySatisfy(c -> {
            assertThat(c.setting()).endsWith("proxy.clientMaxBodySize");
            assertThat(c.from()).isEqualTo("1MiB");
            assertThat(c.to()).isEqualTo("64MiB");
        });
        assertThat(document.project()).isSameAs(original);
    }

    @Test
    void applyIsOneEditThatUndoRevertsWholeAndRedoSetsAgain() {
        ImportModel model = nginxIntoA();

        assertThat(model.apply()).isTrue();

        var a = document.project().topology().hop("A").orElseThrow();
        assertThat(a.get(ProxySettings.CLIENT_MAX_BODY_SIZE)).isEqualTo(ByteSize.parse("64MiB"));
        assertThat(a.get(ProxySettings.UPSTREAM_READ_TIMEOUT)).isEqualTo(TimeSpan.ofSeconds(120));
        assertThat(a.get(ProxySettings.KEEPALIVE_TIMEOUT)).isEqualTo(TimeSpan.ofSeconds(650));
        assertThat(document.provenance().get().of("A", "proxy.clientMaxBodySize").orElseThrow().origin())
                .isEqualTo(new Origin("configs/a/nginx.conf", 42, "client_max_body_size"));
        assertThat(document.commands().undoCommandProperty().get().description(Messages.of(Locale.ENGLISH)))
                .isEqualTo("import of nginx (http or stream) configuration into A (10 values)");
        assertThat(document.commands().undoCommandProperty().get().description(Messages.of(Locale.SIMPLIFIED_CHINESE)))
                .as("messages_zh_CN command.import and import.source.NGINX")
                .isEqualTo("将 nginx（http 或 stream） 配置导入 A（10 个值）");
        Project imported = document.project();

        document.commands().undo();
        assertThat(document.project()).isEqualTo(original);
        assertThat(document.provenance().get()).isEqualTo(Provenance.EMPTY);
        assertThat(document.commands().canUndoProperty().get()).isFalse();

        document.commands().redo();
        assertThat(document.project()).isEqualTo(imported);
        assertThat(document.provenance().get().of("A", "proxy.clientMaxBodySize")).isPresent();
    }

    @Test
    void aRefusedFileShowsTheModelsMessageWithFileAndLineAndAppliesNothing() throws Exception {
        Path bad = tmp.resolve("bad.conf");
        Files.writeString(bad, "http {\n    client_body_timeout 30s;\n    client_max_body_size 12parsecs;\n}\n");
        document.select("A");
        ImportModel model = new ImportModel(document, en, null);
        model.addFiles(List.of(bad));

        ImportPreview p = model.previewProperty().get();
        assertThat(p.refused()).isTrue();
        assertThat(p.canApply()).isFalse();
        assertThat(p.message()).startsWith("Nothing can be imported, nothing was changed: bad.conf:3: client_max_body_size:");
        assertThat(model.apply()).isFalse();
        assertThat(document.project()).isSameAs(original);
        assertThat(document.commands().canUndoProperty().get()).isFalse();
        assertThat(document.provenance().get()).isEqualTo(Provenance.EMPTY);
    }

    @Test
    void aRefusedFileSaysWhyInTheUsersLanguage() throws Exception {
        Path bad = tmp.resolve("bad.conf");
        Files.writeString(bad, "http {\n    client_max_body_size 12parsecs;\n}\n");
        document.select("A");
        ImportModel model = new ImportModel(document, Messages.of(Locale.SIMPLIFIED_CHINESE), null);
        model.addFiles(List.of(bad));

        ImportPreview p = model.previewProperty().get();
        assertThat(p.refused()).isTrue();
        assertThat(p.message()).isEqualTo("无法导入，未做任何改动：bad.conf:2: client_max_body_size："
                + "\"12parsecs\" 不是 nginx 大小（写法如 1m、8k、1g 或字节数）");
        assertThat(document.project()).isSameAs(original);
    }

    @Test
    void linesNotUnderstoodAndConflictsStayInThePreviewInTheUsersLanguage() throws Exception {
        Path first = tmp.resolve("first.conf");
        Path second = tmp.resolve("second.conf");
        Files.writeString(first, "http {\n    client_max_body_size 10m;\n    frobnicate on;\n}\n");
        Files.writeString(second, "http {\n    client_max_body_size 20m;\n}\n");
        document.select("A");
        ImportModel model = new ImportModel(document, Messages.of(Locale.SIMPLIFIED_CHINESE), null);
        model.addFiles(List.of(first, second));

        ImportPreview p = model.previewProperty().get();
        assertThat(p.rows()).extracting(ImportPreview.Row::kind, ImportPreview.Row::status, ImportPreview.Row::where)
                .contains(org.assertj.core.groups.Tuple.tuple(ReportLine.Kind.NOT_UNDERSTOOD, "无法理解", "first.conf:3"),
                        org.assertj.core.groups.Tuple.tuple(ReportLine.Kind.CONFLICT, "冲突", "first.conf:2"),
                        org.assertj.core.groups.Tuple.tuple(ReportLine.Kind.APPLIED, "已应用", "second.conf:2"));
        assertThat(p.message()).startsWith("已应用 1 项，无关 0 项，无法理解 1 项，冲突 1 项。");
        assertThat(p.rows()).extracting(ImportPreview.Row::text).allSatisfy(t -> assertThat(t).containsPattern("\\p{IsHan}"));
        assertThat(model.apply()).isTrue();
        assertThat(document.project().topology().hop("A").orElseThrow().get(ProxySettings.CLIENT_MAX_BODY_SIZE))
                .isEqualTo(ByteSize.parse("20MiB"));
    }

    @Test
    void theHopIsTheSelectedOneAndTheKindFollowsTheFirstFilesName() {
        document.select("D");
        ImportModel model = new ImportModel(document, en, PROJECT);
        assertThat(model.hopIdProperty().get()).isEqualTo("D");
        model.addFiles(List.of(EXAMPLES.resolve("configs/d/app.yaml")));
        assertThat(model.kindProperty().get()).isEqualTo(ConfigKind.K8S);
        assertThat(model.previewProperty().get().canApply()).isTrue();

        assertThat(ImportModel.guess(Path.of("a-mig.json"))).isEqualTo(ConfigKind.GCLOUD);
        assertThat(ImportModel.guess(Path.of("kong.yaml"))).isEqualTo(ConfigKind.KONG);
        assertThat(ImportModel.guess(Path.of("values.yaml"))).isEqualTo(ConfigKind.KONG);
        assertThat(ImportModel.guess(Path.of("kong.conf"))).isEqualTo(ConfigKind.KONG);
        assertThat(ImportModel.guess(Path.of("nginx.conf"))).isEqualTo(ConfigKind.NGINX);
    }

    /** An unsaved project keeps names relative to the first files' folder; saving writes them relative to the project. */
    @Test
    void theProvenanceOfAnUnsavedProjectIsWrittenBesideItWhenSaved() throws Exception {
        Path configs = Files.createDirectories(tmp.resolve("configs"));
        Path conf = Files.writeString(configs.resolve("a.conf"), "http {\n    client_max_body_size 50m;\n}\n");
        document.select("A");
        ImportModel model = new ImportModel(document, en, null);
        model.addFiles(List.of(conf));
        assertThat(model.previewProperty().get().rows().get(0).where()).isEqualTo("a.conf:2");
        model.apply();

        Path saved = tmp.resolve("review.json");
        document.provenance().write(saved);

        assertThat(Files.readString(tmp.resolve("review.json.imports"))).contains("\"file\" : \"configs/a.conf\"")
                .contains("\"name\" : \"client_max_body_size\"");
        Document reopened = new Document(original);
        reopened.provenance().read(saved);
        assertThat(reopened.provenance().get().of("A", "proxy.clientMaxBodySize").orElseThrow().origin())
                .isEqualTo(new Origin("configs/a.conf", 2, "client_max_body_size"));
    }
}
