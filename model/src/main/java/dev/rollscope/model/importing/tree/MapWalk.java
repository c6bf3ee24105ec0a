package dev.rollscope.model.importing.tree;

import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.ReportText;
import dev.rollscope.model.importing.Target;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.units.TimeSpan;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one mapping and reports every field it did not read: as irrelevant with the
 * reason given for it, or as not understood. Nothing is dropped silently.
 */
public final class MapWalk {

    private final Node map;
    private final Set<String> taken = new LinkedHashSet<>();

    public MapWalk(Node map) {
        this.map = map;
    }

    /** The field, marked as read. */
    public Optional<Node> take(String key) {
        taken.add(key);
        return map.get(key).filter(n -> !n.isNull());
    }

    /** Sets {@code setting} from a field holding whole seconds, if the mapping has it. */
    public void seconds(String key, Setting<TimeSpan> setting, Findings findings) throws ImportException {
        Node n = take(key).orElse(null);
        if (n != null) {
            findings.set(n.origin(), Target.of(setting), TimeSpan.ofSeconds(n.integer()));
        }
    }

    /**
     * Reports each field not taken: with its reason when {@code irrelevant} has one (key
     * {@code "*"} gives a reason for every other field), else as not understood.
     */
    public void rest(Findings findings, Map<String, ReportText> irrelevant) {
        for (Map.Entry<String, Node> e : map.fields().entrySet()) {
            if (taken.contains(e.getKey())) {
                continue;
            }
            ReportText why = irrelevant.getOrDefault(e.getKey(), irrelevant.get("*"));
            if (why != null) {
                findings.irrelevant(e.getValue().origin(), why);
            } else {
                findings.notUnderstood(e.getValue().origin(), ReportText.of("field.unknown"));
            }
        }
    }
}
