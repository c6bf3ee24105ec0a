package dev.rollscope.app.shell;

import dev.rollscope.app.TestProjects;
import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.preferences.TestPreferences;
import dev.rollscope.model.Project;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The child of {@link FullDiskSaveTest}, run where files cannot grow past a few KiB: opens a project
 * with the app's {@link FileSession}, changes it, saves it (Ctrl+S) and prints what the user would
 * see and what is left in memory, one {@code key=value} a line.
 */
public final class FullDiskSave {

    private FullDiskSave() {
    }

    /** @param args the project file, then the language ({@code en} or {@code zh}) */
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Messages messages = Messages.of(args[1].equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        TestPreferences prefs = new TestPreferences();
        FakeDialogs dialogs = new FakeDialogs();
        Document document = new Document(TestProjects.abcd());
        FileSession session = new FileSession(document, messages, dialogs, new RecentFiles(prefs.preferences()));
        try {
            System.out.println("opened=" + session.open(file));
            new Editor(document, messages).changeHop("A", ProxySettings.UPSTREAM_READ_TIMEOUT.id(),
                    h -> h.with(ProxySettings.UPSTREAM_READ_TIMEOUT, TimeSpan.ofSeconds(95)));
            Project edited = document.project();

            System.out.println("saved=" + session.save());
            System.out.println("errors=" + String.join(" | ", dialogs.errors));
            System.out.println("dirty=" + document.isDirty());
            System.out.println("edits kept=" + (document.project() == edited));
            System.out.println("can undo=" + document.commands().canUndoProperty().get());
            System.out.println("file=" + session.fileProperty().get());
        } finally {
            prefs.remove();
        }
    }
}
