package dev.rollscope.app.shell;

import dev.rollscope.app.document.Document;
import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.Scenario;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which scenario of the project the verdicts are about: one of the project's scenario names, the
 * first when the project changes and the chosen one is gone, null when there is none.
 */
public final class ScenarioChoice {

    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyNames = FXCollections.unmodifiableObservableList(names);
    private final StringProperty selected = new SimpleStringProperty(this, "selected");

    public ScenarioChoice(Document document) {
        document.projectProperty().addListener((obs, old, now) -> update(now));
        update(document.project());
    }

    /** The scenario names of the project, in file order. */
    public ObservableList<String> names() {
        return readOnlyNames;
    }

    /** The chosen scenario's name; setting a name the project does not have chooses the first. */
    public StringProperty selectedProperty() {
        return selected;
    }

    public String selected() {
        return selected.get();
    }

    private void update(Project project) {
        List<String> now = project.scenarios().stream().map(Scenario::name).toList();
        if (!now.equals(names)) {
            names.setAll(now);
        }
        if (!names.contains(selected.get())) {
            selected.set(names.isEmpty() ? null : names.get(0));
        }
    }
}
