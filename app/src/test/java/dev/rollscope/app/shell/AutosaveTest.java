package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.TestProjects;
import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.preferences.TestPreferences;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {

    @TempDir
    Path dir;

    private final TestPreferences prefs = new TestPreferences();
    private final Messages messages = Messages.of(Locale.ENGLISH);
    private final Document document = new Document(TestProjects.abcd());
    private final Editor editor = new Editor(document, messages);
    private final FileSession session = new FileSession(document, messages, new FakeDialogs(),
            new RecentFiles(prefs.preferences()));
    private final List<String> errors = new ArrayList<>();

    @AfterEach
    void remove() {
        prefs.remove();
    }

    @Test
    void aCleanDocumentIsNotAutosaved() {
        Autosave autosave = new Autosave(session, new RecoveryStore(dir), errors::add);

        autosave.saveNow();
        autosave.flush();

        assertThat(dir.resolve(RecoveryStore.PROJECT)).doesNotExist();
    }

    @Test
    void unsavedChangesAreFoundByTheNextSessionAfterACrash() {
        session.saveTo(dir.resolve("mine.json"));
        Autosave autosave = new Autosave(session, new RecoveryStore(dir.resolve("recovery")), errors::add);
        change(70);

        autosave.saveNow();
        autosave.flush();

        RecoveredProject found = new RecoveryStore(dir.resolve("recovery")).find().orElseThrow();
        assertThat(found.project()).isEqualTo(document.project());
        assertThat(found.source()).isEqualTo(dir.resolve("mine.json").toAbsolutePath());
        assertThat(found.name()).isEqualTo("mine.json");
        assertThat(errors).isEmpty();
    }

    @Test
    void savingRemovesTheRecoveryFile() {
        Autosave autosave = new Autosave(session, new RecoveryStore(dir), errors::add);
        change(70);
        autosave.saveNow();
        autosave.flush();
        assertThat(dir.resolve(RecoveryStore.PROJECT)).isRegularFile();

        session.saveTo(dir.resolve("mine.json"));
        autosave.flush();

        assertThat(new RecoveryStore(dir).find()).isEmpty();
    }

    @Test
    void aCleanExitRemovesTheRecoveryFile() {
        Autosave autosave = new Autosave(session, new RecoveryStore(dir), errors::add);
        change(70);
        autosave.saveNow();

        autosave.close();

        assertThat(dir.resolve(RecoveryStore.PROJECT)).doesNotExist();
        assertThat(dir.resolve(RecoveryStore.ABOUT)).doesNotExist();
    }

    @Test
    void aFailedWriteIsReportedOnce() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        Autosave autosave = new Autosave(session, new RecoveryStore(notAFolder), errors::add);

        change(70);
        autosave.saveNow();
        change(71);
        autosave.saveNow();
        autosave.flush();

        assertThat(errors).hasSize(1);
    }

    private void change(int seconds) {
        editor.changeHop("A", ProxySettings.UPSTREAM_READ_TIMEOUT.id(),
                h -> h.with(ProxySettings.UPSTREAM_READ_TIMEOUT, TimeSpan.ofSeconds(seconds)));
    }
}
