package dev.rollscope.app.scenario;

import dev.rollscope.app.document.Subscriptions;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.Moments;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Edits the chosen scenario: which hops roll and when, its requests (a GET, a 50 MB POST or a
 * custom one; remove the selected), the chosen request's client profile, resumable upload and
 * database transaction ({@link RequestDetails}), its steady traffic and the client profile of each
 * traffic entry, and its blue/green switches and canaries. Every change is an undoable command
 * through {@link ScenarioEditor}; a refused one leaves the scenario as it was and says why. The
 * panel shows the scenario again after every change of the document, undo and redo included; the
 * chosen request stays chosen while the scenario has it.
 */
public final class ScenarioPanel extends VBox {

    private final ScenarioEditor editor;
    private final Property<String> scenario;
    private final Label title = new Label();
    private final FlowPane hops = new FlowPane(8, 4);
    private final TextField rollStart = new TextField();
    private final TextField horizon = new TextField();
    private final ListView<String> requests = new ListView<>();
    private final RequestForm custom;
    private final TrafficForm traffic;
    private final SwitchoverForm switchovers;
    private final SelectedRequest selected;
    private final RequestDetails details;
    private final MixClient mixClient;
    private final MixClientForm mixClientForm;
    private final Label error = new Label();

    /** @param subscriptions where it listens to the document and the scenario choice (ended with it) */
    public ScenarioPanel(ScenarioEditor editor, Property<String> scenario, Subscriptions subscriptions) {
        this.editor = editor;
        this.scenario = scenario;
        this.custom = new RequestForm(editor);
        this.traffic = new TrafficForm(editor);
        this.switchovers = new SwitchoverForm(editor, this::attempt);
        this.selected = new SelectedRequest(editor);
        this.details = new RequestDetails(editor, selected);
        this.mixClient = new MixClient(editor);
        this.mixClientForm = new MixClientForm(editor, mixClient);
        createView();
        subscriptions.onChange(editor.document().projectProperty(), (obs, old, now) -> refresh());
        subscriptions.onChange(scenario, (obs, old, now) -> refresh());
        refresh();
    }

    private void createView() {
        title.setId("scenario-title");
        rollStart.setId("roll-start");
        rollStart.setPrefColumnCount(6);
        horizon.setId("scenario-horizon");
        horizon.setPrefColumnCount(6);
        requests.setId("scenario-requests");
        requests.setPrefHeight(140);
        requests.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> showSelected());
        error.setId("scenario-error");
        error.setWrapText(true);
        Button newScenario = button("scenario-new", "scenario.new", () -> scenario.setValue(editor.addScenario()));
        HBox rollRow = new HBox(6, new Label(editor.text("rolls.start")), rollStart,
                button("roll-apply", "rolls.apply", this::applyRolls));
        HBox requestButtons = new HBox(6, button("add-get", "requests.addGet", editor::addGet),
                button("add-post", "requests.addPost", editor::addUpload),
                button("remove-request", "requests.remove", this::removeSelected));
        VBox custom = new VBox(4, this.custom, button("add-custom", "requests.addCustom",
                () -> editor.addRequest(this.custom.read())));
        VBox trafficBox = new VBox(4, traffic, button("traffic-apply", "traffic.apply",
                () -> editor.setTraffic(traffic.read(editor.current().map(Scenario::traffic).orElse(null)))));
        HBox horizonRow = new HBox(6, new Label(editor.text("horizon.label")), horizon,
                button("horizon-apply", "horizon.apply", this::applyHorizon));
        horizonRow.setAlignment(Pos.BASELINE_LEFT);
        getChildren().addAll(new HBox(8, title, newScenario), horizonRow, error,
                section("rolls.title", new VBox(4, hops, rollRow)),
                section("requests.title", new VBox(4, requests, requestButtons)),
                section("requests.details", details), section("requests.custom", custom),
                section("traffic.title", trafficBox), section("mix.title", mixClientForm),
                section("switch.title", switchovers));
        setSpacing(6);
        setPadding(new Insets(8));
    }

    private TitledPane section(String key, Node content) {
        TitledPane p = new TitledPane(editor.text(key), content);
        p.setCollapsible(true);
        return p;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(editor.text(key));
        b.setId(id);
        b.setOnAction(e -> attempt(action));
        return b;
    }

    /** Runs an edit; a refusal is shown, not thrown. */
    private void attempt(Runnable action) {
        try {
            action.run();
            error.setText("");
        } catch (IllegalArgumentException e) {
            error.setText(editor.reason(e));
        }
    }

    private void applyRolls() {
        List<String> chosen = new ArrayList<>();
        for (Node n : hops.getChildren()) {
            CheckBox box = (CheckBox) n;
            if (box.isSelected()) {
                chosen.add((String) box.getUserData());
            }
        }
        TimeSpan at = FormFields.parse(editor, "rolls.start", rollStart,
                () -> Moments.parse(rollStart.getText().trim(), Moments.DISRUPTION_AT));
        editor.setRolls(chosen, at);
    }

    private void applyHorizon() {
        editor.setHorizon(FormFields.parse(editor, "horizon.label", horizon,
                () -> TimeSpan.parse(horizon.getText().trim())));
    }

    private void removeSelected() {
        int i = requests.getSelectionModel().getSelectedIndex();
        editor.current().filter(s -> i >= 0 && i < s.requests().size())
                .ifPresent(s -> editor.removeRequest(s.requests().get(i).id()));
    }

    private void refresh() {
        Optional<Scenario> current = editor.current();
        String chosen = selected.requestProperty().get() == null ? null : selected.requestProperty().get().id();
        title.setText(current.map(s -> editor.text("scenario.title", s.name())).orElse(editor.text("scenario.none")));
        hops.getChildren().clear();
        requests.getItems().clear();
        current.ifPresent(this::show);
        int index = chosen == null ? -1
                : current.map(s -> s.requests().stream().map(RequestSpec::id).toList().indexOf(chosen)).orElse(-1);
        requests.getSelectionModel().clearAndSelect(index);
        if (index < 0) {
            requests.getSelectionModel().clearSelection();
        }
        showSelected();
    }

    /** Shows the chosen request's details, or none. */
    private void showSelected() {
        int i = requests.getSelectionModel().getSelectedIndex();
        selected.show(editor.current().filter(s -> i >= 0 && i < s.requests().size())
                .map(s -> s.requests().get(i)).orElse(null));
    }

    private void show(Scenario s) {
        for (Hop h : editor.document().project().topology().hops()) {
            CheckBox box = new CheckBox(h.id());
            box.setId("roll-" + h.id());
            box.setUserData(h.id());
            box.setSelected(s.disruptions().stream().anyMatch(d -> d.kind() == Disruption.Kind.ROLLOUT
                    && d.hops().contains(h.id())));
            hops.getChildren().add(box);
        }
        rollStart.setText(ScenarioEdits.rollStart(s, TimeSpan.ofSeconds(10)).toString());
        horizon.setText(s.horizon().toString());
        for (RequestSpec r : s.requests()) {
            requests.getItems().add(editor.text("requests.line", r.id(), r.method(), r.body().toString(),
                    r.start().toString()));
        }
        traffic.show(s.traffic());
        mixClient.show(s.traffic());
        details.showDefaults(editor.document().project());
        mixClientForm.showDefaults(editor.document().project().topology().client());
        switchovers.show(s, editor.document().project().topology().hops());
    }
}
