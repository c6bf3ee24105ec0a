package dev.rollscope.app.scenario;

import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.TrafficMix;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The presentation of the client profile of one entry of the steady traffic: which entry (by name),
 * and its profile as a {@link FieldGroup} applied as one undoable command.
 */
final class MixClient {

    final ObservableList<String> entries = FXCollections.observableArrayList();
    final StringProperty entry = new SimpleStringProperty();
    final ClientModel client;
    final FieldGroup group;
    private final ScenarioEditor editor;
    private TrafficMix mix;

    MixClient(ScenarioEditor editor) {
        this.editor = editor;
        this.client = new ClientModel(editor);
        this.group = new FieldGroup(editor, this::read);
        group.watch(client.fields().toArray(new Observable[0]));
        entry.addListener((obs, old, now) -> showEntry());
    }

    /** Shows a scenario's traffic (null: none); the chosen entry stays chosen while the mix has it. */
    void show(TrafficMix traffic) {
        mix = traffic;
        String chosen = entry.get();
        List<String> names = traffic == null ? List.of() : traffic.entries().stream().map(MixEntry::name).toList();
        entries.setAll(names);
        entry.set(chosen != null && names.contains(chosen) ? chosen : names.isEmpty() ? null : names.get(0));
        showEntry();
    }

    private Optional<MixEntry> chosen() {
        return mix == null ? Optional.empty()
                : mix.entries().stream().filter(e -> e.name().equals(entry.get())).findFirst();
    }

    private void showEntry() {
        chosen().ifPresent(e -> group.show(() -> client.show(e.upload(), e.download(), e.client())));
    }

    private FieldGroup.Change read() {
        String name = chosen().orElseThrow(() -> new IllegalArgumentException(editor.text("mix.none"))).name();
        ClientModel.Profile p = client.read();
        UnaryOperator<MixEntry> change = e -> new MixEntry(e.name(), e.method(), e.body(), e.response(), e.processing(),
                e.weight(), p.upload(), p.download(), p.client());
        return new FieldGroup.Change() {
            @Override
            public Optional<String> refusal() {
                return editor.mixEntryRefusal(name, change);
            }

            @Override
            public void make() {
                editor.changeMixEntry(name, "command.mixClient", change);
            }
        };
    }
}
