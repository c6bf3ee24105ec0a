package dev.rollscope.app.scenario;

import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.MigCanary;
import dev.rollscope.model.scenario.Moments;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The scenario's blue/green switches and MIG canaries (domain.md §14): a list of those it has, one
 * to remove, and a form for a new one (how it switches, which hop, when, and a canary's size).
 * Which delay each one waits is a setting of its hop (rollout.scaleDownDelay, rollout.detachDelay).
 */
final class SwitchoverForm extends VBox {

    /** The kinds this form adds; rollouts have their own section. */
    static final List<Disruption.Kind> KINDS = List.of(Disruption.Kind.SELECTOR_SWITCH, Disruption.Kind.URL_MAP_SWITCH,
            Disruption.Kind.KONG_WEIGHTS, Disruption.Kind.MIG_CANARY);

    private final ScenarioEditor editor;
    private final ListView<String> list = new ListView<>();
    /** The index in the scenario's disruptions of each line of {@link #list}. */
    private final List<Integer> indexes = new ArrayList<>();
    private final ComboBox<Disruption.Kind> kind = new ComboBox<>();
    private final ComboBox<String> hop = new ComboBox<>();
    private final TextField at = new TextField("30s");
    private final TextField size = new TextField("1");

    /** {@code attempt} runs an edit and shows a refusal (the panel's way). */
    SwitchoverForm(ScenarioEditor editor, Consumer<Runnable> attempt) {
        this.editor = editor;
        list.setId("switch-list");
        list.setPrefHeight(80);
        kind.setId("switch-kind");
        kind.getItems().setAll(KINDS);
        kind.getSelectionModel().selectFirst();
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Disruption.Kind k) {
                return k == null ? "" : editor.text("switch.kind." + k.name());
            }

            @Override
            public Disruption.Kind fromString(String s) {
                return null;
            }
        });
        hop.setId("switch-hop");
        at.setId("switch-at");
        at.setPrefColumnCount(6);
        size.setId("switch-size");
        size.setPrefColumnCount(4);
        size.disableProperty().bind(kind.valueProperty().isNotEqualTo(Disruption.Kind.MIG_CANARY));
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        form.addRow(0, new Label(editor.text("switch.kind")), kind);
        form.addRow(1, new Label(editor.text("switch.hop")), hop);
        form.addRow(2, new Label(editor.text("switch.at")), at);
        form.addRow(3, new Label(editor.text("switch.size")), size);
        Button add = new Button(editor.text("switch.add"));
        add.setId("switch-add");
        add.setOnAction(e -> attempt.accept(() -> editor.addDisruption(read())));
        Button remove = new Button(editor.text("switch.remove"));
        remove.setId("switch-remove");
        remove.setOnAction(e -> attempt.accept(this::removeSelected));
        Label hint = new Label(editor.text("switch.hint"));
        hint.setWrapText(true);
        getChildren().addAll(list, new HBox(6, remove), form, add, hint);
        setSpacing(4);
    }

    /** The disruption the form describes; a bad time or size names its field. */
    Disruption read() {
        String h = hop.getValue() == null ? "" : hop.getValue();
        TimeSpan when = FormFields.parse(editor, "switch.at", at, () -> Moments.parse(at.getText().trim(),
                Moments.DISRUPTION_AT));
        Disruption.Kind k = kind.getValue();
        return switch (k) {
            case SELECTOR_SWITCH -> new BlueGreen(BlueGreen.Method.SELECTOR, h, when);
            case URL_MAP_SWITCH -> new BlueGreen(BlueGreen.Method.URL_MAP, h, when);
            case KONG_WEIGHTS -> new BlueGreen(BlueGreen.Method.KONG_WEIGHTS, h, when);
            case MIG_CANARY -> new MigCanary(h, when, FormFields.parse(editor, "switch.size", size,
                    () -> parseSize(size.getText().trim())));
            case ROLLOUT, NODE_UPGRADE, CRASH -> throw new IllegalStateException(k + " is not offered here");
        };
    }

    private static int parseSize(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number", e);
        }
    }

    private void removeSelected() {
        int line = list.getSelectionModel().getSelectedIndex();
        if (line >= 0 && line < indexes.size()) {
            editor.removeDisruption(indexes.get(line));
        }
    }

    /** Shows the scenario's switches and canaries, and offers the topology's hops. */
    void show(Scenario s, List<Hop> hops) {
        String chosen = hop.getValue();
        hop.getItems().setAll(hops.stream().map(Hop::id).toList());
        hop.setValue(chosen != null && hop.getItems().contains(chosen) ? chosen
                : hop.getItems().isEmpty() ? null : hop.getItems().get(0));
        list.getItems().clear();
        indexes.clear();
        for (int i = 0; i < s.disruptions().size(); i++) {
            Disruption d = s.disruptions().get(i);
            if (KINDS.contains(d.kind())) {
                indexes.add(i);
                String what = editor.text("switch.kind." + d.kind().name());
                list.getItems().add(d instanceof MigCanary c
                        ? editor.text("switch.lineCanary", what, c.hop(), d.at().toString(), c.size())
                        : editor.text("switch.line", what, d.hops().get(0), d.at().toString()));
            }
        }
    }
}
