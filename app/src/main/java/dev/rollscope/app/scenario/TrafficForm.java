package dev.rollscope.app.scenario;

import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.Moments;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * A steady traffic mix of GETs and 50 MB POSTs: whether there is one, its rate, when it runs and
 * the weight of each type (0 leaves a type out). {@link #read()} gives the mix, or null for none.
 */
final class TrafficForm extends GridPane {

    private final ScenarioEditor editor;
    private final CheckBox on = new CheckBox();
    private final TextField rate = field("traffic-rate", "20");
    private final TextField from = field("traffic-from", "0s");
    private final TextField until = field("traffic-until", "60s");
    private final TextField gets = field("traffic-get", "9");
    private final TextField posts = field("traffic-post", "1");

    TrafficForm(ScenarioEditor editor) {
        this.editor = editor;
        setHgap(6);
        setVgap(4);
        on.setId("traffic-on");
        on.setText(editor.text("traffic.on"));
        add(on, 0, 0, 2, 1);
        row(1, "traffic.rate", rate);
        row(2, "traffic.from", from);
        row(3, "traffic.until", until);
        row(4, "traffic.get", gets);
        row(5, "traffic.post", posts);
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPrefColumnCount(6);
        return f;
    }

    private void row(int row, String key, TextField field) {
        add(new Label(editor.text(key)), 0, row);
        add(field, 1, row);
        field.disableProperty().bind(on.selectedProperty().not());
    }

    /** Shows a scenario's mix (the weights of its GET and POST entries), or none. */
    void show(TrafficMix mix) {
        on.setSelected(mix != null);
        if (mix != null) {
            rate.setText(Double.toString(mix.ratePerSecond()));
            from.setText(mix.from().toString());
            until.setText(mix.until().toString());
            gets.setText(Integer.toString(weight(mix, "GET")));
            posts.setText(Integer.toString(weight(mix, "POST")));
        }
    }

    /** The entry with the rates and client profile {@code mix}'s entry of its name has (set in the mix's client form). */
    private static MixEntry keepClients(TrafficMix mix, MixEntry e) {
        return (mix == null ? List.<MixEntry>of() : mix.entries()).stream().filter(m -> m.name().equals(e.name()))
                .findFirst().map(m -> new MixEntry(e.name(), e.method(), e.body(), e.response(), e.processing(),
                        e.weight(), m.upload(), m.download(), m.client())).orElse(e);
    }

    private static int weight(TrafficMix mix, String method) {
        return mix.entries().stream().filter(e -> e.method().equals(method)).mapToInt(MixEntry::weight).sum();
    }

    /** The mix the form gives, or null for none; an entry of {@code current} keeps its clients' profile and rates. */
    TrafficMix read(TrafficMix current) {
        if (!on.isSelected()) {
            return null;
        }
        double perSecond = FormFields.parse(editor, "traffic.rate", rate, () -> Double.parseDouble(rate.getText().trim()));
        TimeSpan start = FormFields.parse(editor, "traffic.from", from,
                () -> Moments.parse(from.getText().trim(), Moments.TRAFFIC_FROM));
        TimeSpan end = FormFields.parse(editor, "traffic.until", until,
                () -> Moments.parse(until.getText().trim(), Moments.TRAFFIC_UNTIL));
        List<MixEntry> entries = new ArrayList<>();
        int get = FormFields.parse(editor, "traffic.get", gets, () -> Integer.parseInt(gets.getText().trim()));
        int post = FormFields.parse(editor, "traffic.post", posts, () -> Integer.parseInt(posts.getText().trim()));
        if (get > 0) {
            entries.add(keepClients(current, new MixEntry("GET", "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), null, get)));
        }
        if (post > 0) {
            entries.add(keepClients(current, new MixEntry("POST-50MB", "POST", ByteSize.ofMegabytes(50),
                    ByteSize.ofBytes(1_000), null, post)));
        }
        return new TrafficMix(perSecond, start, end, entries);
    }
}
