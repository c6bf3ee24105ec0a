package dev.rollscope.app.importing;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import dev.rollscope.model.importing.facade.ConfigImport;
import dev.rollscope.model.importing.ConfigKind;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.ImportResult;
import dev.rollscope.model.importing.ReportLine;
import dev.rollscope.model.importing.SourceFiles;
import dev.rollscope.model.topology.Hop;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import dialog's model: what to import (the kind of configuration, the files, the hop, and
 * for nginx the request path whose location applies, or for a file of several objects which one),
 * the preview of what the model's {@link ConfigImport} would do with it, read again whenever a
 * choice changes, and Apply, which makes the import one undoable edit of the document. The import
 * itself is the model's, as on the command line ({@code rollscope import}).
 */
public final class ImportModel {

    private final Document document;
    private final Messages messages;
    private final Path projectFile;
    private final ObjectProperty<ConfigKind> kind = new SimpleObjectProperty<>(this, "kind", ConfigKind.NGINX);
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final StringProperty hopId = new SimpleStringProperty(this, "hopId");
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");

    /**
     * @param projectFile the file the document is saved to, or null: file names are shown relative to
     *                    its directory (else to the first file's)
     */
    public ImportModel(Document document, Messages messages, Path projectFile) {
        this.document = Objects.requireNonNull(document, "document");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.projectFile = projectFile;
        hopId.set(document.selectedHop().or(() -> document.project().topology().hops().stream().findFirst())
                .map(Hop::id).orElse(null));
        InvalidationListener again = o -> read();
        kind.addListener(again);
        files.addListener(again);
        hopId.addListener(again);
        location.addListener(again);
        name.addListener(again);
        read();
    }

    // Properties

    public ObjectProperty<ConfigKind> kindProperty() {
        return kind;
    }

    public ObservableList<Path> files() {
        return files;
    }

    /** The hop to import into: the selected one to begin with. */
    public StringProperty hopIdProperty() {
        return hopId;
    }

    /** nginx: the request path (or for a stream hop the listen port) whose configuration applies; "" for {@code /}. */
    public StringProperty locationProperty() {
        return location;
    }

    /** Which object of a file that holds several: a Kong service, a Deployment, a gcloud list item; "" when one. */
    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public List<String> hopIds() {
        return document.project().topology().hops().stream().map(Hop::id).toList();
    }

    // Commands

    /** Adds files to import; the kind becomes the one their name suggests when these are the first. */
    public void addFiles(List<Path> more) {
        if (files.isEmpty() && !more.isEmpty()) {
            kind.set(guess(more.get(0)));
        }
        files.addAll(more.stream().filter(p -> !files.contains(p)).toList());
    }

    /**
     * Applies the previewed import as one undoable edit (read again first if the document changed).
     *
     * @return false when there is nothing to apply (no file, or the import is refused)
     */
    public boolean apply() {
        if (preview.get().base() != document.project()) {
            read();
        }
        ImportPreview p = preview.get();
        if (!p.canApply()) {
            return false;
        }
        sourceFiles(true);
        ImportResult r = p.result();
        long applied = r.report().lines().stream().filter(l -> l.kind() == ReportLine.Kind.APPLIED).count();
        String hop = hopId.get();
        ConfigKind source = kind.get();
        document.commands().push(new ImportCommand(document,
                m -> m.format("command.import", hop, applied, kindName(source, m)), hop, r));
        document.select(hopId.get());
        return true;
    }

    /** The kind's name for people: nginx, Kong, Kubernetes, gcloud. */
    public static String kindName(ConfigKind k, Messages m) {
        return m.get("import.source." + k.name());
    }

    /**
     * The kind a file's name suggests, a first choice the user can change: JSON is gcloud's
     * output, a name with "kong" (or Helm's {@code values.yaml}) is Kong's, other YAML Kubernetes',
     * anything else nginx's.
     */
    public static ConfigKind guess(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return ConfigKind.GCLOUD;
        }
        if (n.contains("kong") || n.startsWith("values")) {
            return ConfigKind.KONG;
        }
        return n.endsWith(".yaml") || n.endsWith(".yml") ? ConfigKind.K8S : ConfigKind.NGINX;
    }

    private void read() {
        Project base = document.project();
        if (files.isEmpty() || hopId.get() == null) {
            preview.set(ImportPreview.nothing(base, messages.get("import.chooseFiles"), false));
            return;
        }
        try {
            ImportResult r = ConfigImport.run(base, hopId.get(), kind.get(), List.copyOf(files), sourceFiles(false),
                    new ConfigImport.Options(blankToNull(location.get()), blankToNull(name.get())));
            preview.set(ImportPreview.of(base, hopId.get(), r, messages));
        } catch (ImportException e) {
            preview.set(ImportPreview.nothing(base, messages.format("import.refused", messages.reason(e)), true));
        }
    }

    /** The directory names are relative to: the document's, else the project file's, else the first file's. */
    private SourceFiles sourceFiles(boolean keep) {
        SourceFiles kept = document.provenance().files();
        if (kept != null) {
            return kept;
        }
        Path dir = projectFile != null ? projectFile.toAbsolutePath().getParent()
                : files.get(0).toAbsolutePath().getParent();
        return keep ? document.provenance().files(dir) : new SourceFiles(dir);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
