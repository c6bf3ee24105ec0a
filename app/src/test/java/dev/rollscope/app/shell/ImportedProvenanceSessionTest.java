package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.TestProjects;
import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.importing.ImportModel;
import dev.rollscope.app.preferences.TestPreferences;
import dev.rollscope.model.importing.Origin;
import dev.rollscope.model.importing.Provenance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where imported values came from is saved beside the project ({@code NAME.json.imports}) and read when it is opened. */
class ImportedProvenanceSessionTest {

    @TempDir
    Path dir;

    private final TestPreferences prefs = new TestPreferences();
    private final Messages messages = Messages.of(Locale.ENGLISH);
    private final Document document = new Document(TestProjects.abcd());
    private final FileSession session = new FileSession(document, messages, new FakeDialogs(),
            new RecentFiles(prefs.preferences()));

    @AfterEach
    void remove() {
        prefs.remove();
    }

    @Test
    void savingAnImportedProjectWritesItsProvenanceAndOpeningReadsItBack() throws Exception {
        Path conf = Files.writeString(Files.createDirectories(dir.resolve("configs")).resolve("a.conf"),
                "http {\n    proxy_read_timeout 120s;\n}\n");
        document.select("A");
        ImportModel importing = new ImportModel(document, messages, null);
        importing.addFiles(List.of(conf));
        importing.apply();

        assertThat(session.saveTo(dir.resolve("chain.json"))).isTrue();
        assertThat(dir.resolve("chain.json.imports")).exists();
        session.newProject();
        assertThat(document.provenance().get()).isEqualTo(Provenance.EMPTY);
        assertThat(session.open(dir.resolve("chain.json"))).isTrue();

        assertThat(document.provenance().get().of("A", "proxy.upstreamReadTimeout").orElseThrow().origin())
                .isEqualTo(new Origin("configs/a.conf", 2, "proxy_read_timeout"));
    }

    @Test
    void aProjectWithoutImportsGetsNoImportsFile() throws Exception {
        assertThat(session.saveTo(dir.resolve("plain.json"))).isTrue();

        assertThat(dir.resolve("plain.json.imports")).doesNotExist();
    }
}
