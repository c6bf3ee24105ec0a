package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.TestProjects;
import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.preferences.TestPreferences;
import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.units.TimeSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSessionTest {

    @TempDir
    Path dir;

    private final TestPreferences prefs = new TestPreferences();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final Messages messages = Messages.of(Locale.ENGLISH);
    private final Document document = new Document(TestProjects.abcd());
    private final Editor editor = new Editor(document, messages);
    private final FileSession session = new FileSession(document, messages, dialogs,
            new RecentFiles(prefs.preferences()));

    @AfterEach
    void remove() {
        prefs.remove();
    }

    @Test
    void theTitleNamesTheDocumentAndMarksUnsavedChanges() {
        assertThat(session.titleProperty().get()).isEqualTo("Untitled — Rollscope");

        change();

        assertThat(session.titleProperty().get()).isEqualTo("• Untitled — Rollscope");
    }

    @Test
    void saveAsWritesTheFileAndReopeningGivesTheSameDocument() throws Exception {
        change();
        Project edited = document.project();
        dialogs.fileToSave = dir.resolve("chain.json");

        assertThat(session.save()).isTrue();
        assertThat(document.isDirty()).isFalse();
        assertThat(session.titleProperty().get()).isEqualTo("chain.json — Rollscope");
        session.newProject();
        assertThat(session.open(dir.resolve("chain.json"))).isTrue();

        assertThat(document.project()).isEqualTo(edited);
        assertThat(session.fileProperty().get()).isEqualTo(dir.resolve("chain.json"));
        assertThat(session.recent().files()).containsExactly(dir.resolve("chain.json").toAbsolutePath());
    }

    @Test
    void saveLeavesNoTemporaryFileBehind() throws Exception {
        session.saveTo(dir.resolve("chain.json"));
        change();
        session.save();

        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("chain.json"));
        }
        assertThat(ProjectFile.read(dir.resolve("chain.json")).topology().hop("A").orElseThrow()
                .get(ProxySettings.UPSTREAM_READ_TIMEOUT)).isEqualTo(TimeSpan.ofSeconds(95));
    }

    /**
     * Issue 20: the app's save (Ctrl+S on a file opened through a symbolic link) writes the link's
     * target and keeps the link a link, and the target keeps its mode: 0600 stays 0600.
     */
    @Test
    void saveThroughASymbolicLinkWritesItsTargetAndKeepsTheLinkAndTheMode() throws Exception {
        Path target = Files.createDirectory(dir.resolve("real")).resolve("chain.json");
        ProjectFile.write(TestProjects.abcd(), target);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve("chain.json"), target);
        assertThat(session.open(link)).isTrue();
        change();

        assertThat(session.save()).isTrue();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(target);
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(ProjectFile.read(target).topology().hop("A").orElseThrow()
                .get(ProxySettings.UPSTREAM_READ_TIMEOUT)).isEqualTo(TimeSpan.ofSeconds(95));
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void openingAFileRemovesTheTemporaryFilesKilledSavesLeftBesideIt() throws Exception {
        Path file = dir.resolve("chain.json");
        ProjectFile.write(TestProjects.abcd(), file);
        Path killed = Files.writeString(dir.resolve(".chain.json.0b7a4d7e-5f4c-4c61-9d55-3b1f0a2e9c11.tmp"), "{\"half");
        Path recoveryLeft = Files.writeString(Files.createDirectory(dir.resolve("recovery"))
                .resolve(".recovery.json.0b7a4d7e-5f4c-4c61-9d55-3b1f0a2e9c11.tmp"), "{\"half");

        assertThat(session.open(file)).isTrue();
        assertThat(new RecoveryStore(dir.resolve("recovery")).find()).isEmpty();

        assertThat(killed).doesNotExist();
        assertThat(recoveryLeft).doesNotExist();
        assertThat(file).exists();
    }

    @Test
    void aBadFileIsReportedWhereItIsWrongAndTheDocumentStays() throws Exception {
        change();
        Project before = document.project();
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"schemaVersion\": 3\n}\n");

        assertThat(session.open(bad)).isFalse();

        assertThat(dialogs.fileErrors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.path()).isEqualTo("$.schemaVersion");
        });
        assertThat(dialogs.asked).as("nothing to ask: the file was never going to replace it").isEmpty();
        assertThat(document.project()).isSameAs(before);
        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void cancellingTheSaveQuestionKeepsTheChanges() throws IOException {
        change();
        Project before = document.project();
        dialogs.saveChoice = DialogService.SaveChoice.CANCEL;

        assertThat(session.openExample(Examples.DEFAULT)).isFalse();

        assertThat(dialogs.asked).containsExactly("Untitled");
        assertThat(document.project()).isSameAs(before);
    }

    @Test
    void discardingReplacesTheDocumentWithoutSaving() {
        change();
        dialogs.saveChoice = DialogService.SaveChoice.DISCARD;

        assertThat(session.openExample("kong-service-pods.json")).isTrue();

        assertThat(session.nameProperty().get()).isEqualTo("kong-service-pods.json");
        assertThat(session.fileProperty().get()).isNull();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void choosingSaveSavesFirstAndCancellingTheFileChooserKeepsTheDocument() {
        change();
        Project before = document.project();
        dialogs.saveChoice = DialogService.SaveChoice.SAVE;
        dialogs.fileToSave = null;

        assertThat(session.newProject()).isFalse();
        assertThat(document.project()).isSameAs(before);

        dialogs.fileToSave = dir.resolve("kept.json");
        assertThat(session.newProject()).isTrue();
        assertThat(dir.resolve("kept.json")).isRegularFile();
        assertThat(document.project().topology().hops()).hasSize(1);
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedAndTheDocumentStaysUnsaved() throws IOException {
        change();
        Path folder = Files.createDirectory(dir.resolve("a-folder"));

        assertThat(session.saveTo(folder)).isFalse();

        assertThat(dialogs.errors).singleElement().asString().startsWith("Cannot save " + folder);
        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void recoveredChangesStayUnsavedUnderTheirOldName() {
        Project recovered = TestProjects.longChain(3, 2);

        session.recover(new RecoveredProject(recovered, dir.resolve("mine.json"), "mine.json",
                java.time.Instant.EPOCH));

        assertThat(document.project()).isEqualTo(recovered);
        assertThat(document.isDirty()).isTrue();
        assertThat(session.fileProperty().get()).isEqualTo(dir.resolve("mine.json"));
        assertThat(session.titleProperty().get()).isEqualTo("• mine.json — Rollscope");
    }

    private void change() {
        editor.changeHop("A", ProxySettings.UPSTREAM_READ_TIMEOUT.id(),
                h -> h.with(ProxySettings.UPSTREAM_READ_TIMEOUT, TimeSpan.ofSeconds(95)));
    }
}
