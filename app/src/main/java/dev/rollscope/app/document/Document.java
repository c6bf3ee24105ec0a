package dev.rollscope.app.document;

import dev.rollscope.app.command.CommandStack;
import dev.rollscope.model.Project;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Setting;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The document being edited: the current {@link Project} (immutable; only commands on
 * {@link #commands()} replace it), the selected hop and setting, and whether it differs from
 * the last save point. A selection that stops existing after a change is cleared.
 */
public final class Document {

    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ObjectProperty<String> selectedHopId = new SimpleObjectProperty<>(this, "selectedHopId");
    private final ObjectProperty<Setting<?>> selectedSetting = new SimpleObjectProperty<>(this, "selectedSetting");
    private final ReadOnlyBooleanWrapper clientSelected = new ReadOnlyBooleanWrapper(this, "clientSelected");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final CommandStack commands = new CommandStack();
    private final DocumentProvenance provenance = new DocumentProvenance();

    public Document(Project initial) {
        project.set(Objects.requireNonNull(initial, "project"));
        dirty.bind(commands.atSavePointProperty().not());
        selectedHopId.addListener((obs, old, id) -> {
            if (id != null) {
                clientSelected.set(false);
            }
            dropStaleSetting();
        });
    }

    // Properties

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Project project() {
        return project.get();
    }

    /** The id of the selected hop, or null. Setting an id that is not in the project selects nothing. */
    public ObjectProperty<String> selectedHopIdProperty() {
        return selectedHopId;
    }

    /** The selected setting of the selected hop, or null. */
    public ObjectProperty<Setting<?>> selectedSettingProperty() {
        return selectedSetting;
    }

    /** True while the client (with the network) is selected instead of a hop. */
    public ReadOnlyBooleanProperty clientSelectedProperty() {
        return clientSelected.getReadOnlyProperty();
    }

    public Optional<Hop> selectedHop() {
        String id = selectedHopId.get();
        return id == null ? Optional.empty() : project().topology().hop(id);
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public CommandStack commands() {
        return commands;
    }

    /** Where the project's imported values came from (File → Import…). */
    public DocumentProvenance provenance() {
        return provenance;
    }

    // Commands

    /** Replaces the whole document (a file was opened): no undo history, clean, nothing selected. */
    public void open(Project newProject) {
        Objects.requireNonNull(newProject, "project");
        selectedHopId.set(null);
        commands.clear();
        provenance.reset(null);
        project.set(newProject);
    }

    /** Records that the current project is not saved anywhere (recovered changes): dirty until saved. */
    public void markUnsaved() {
        commands.forgetSavePoint();
    }

    /** Records that the current project was saved. */
    public void markSaved() {
        commands.markSavePoint();
    }

    /** Selects a hop (or nothing, for null), keeping the selected setting if the hop has it. */
    public void select(String hopId) {
        selectedHopId.set(hopId != null && project().topology().hop(hopId).isPresent() ? hopId : null);
        if (hopId == null) {
            clientSelected.set(false);
        }
    }

    /** Selects the client, whose rates (and the network's) the inspector then shows. */
    public void selectClient() {
        selectedHopId.set(null);
        clientSelected.set(true);
    }

    void replace(Project newProject) {
        project.set(Objects.requireNonNull(newProject, "project"));
        if (selectedHop().isEmpty()) {
            selectedHopId.set(null);
        }
        dropStaleSetting();
    }

    private void dropStaleSetting() {
        Setting<?> s = selectedSetting.get();
        if (s != null && selectedHop().map(h -> !h.settings().has(s)).orElse(true)) {
            selectedSetting.set(null);
        }
    }
}
