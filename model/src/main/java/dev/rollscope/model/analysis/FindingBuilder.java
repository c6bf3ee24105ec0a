package dev.rollscope.model.analysis;

import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.sim.SettingRef;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/** Collects the parts of a {@link Finding}. */
final class FindingBuilder {

    private final Severity severity;
    private final String check;
    private final String hop;
    private final List<SettingRef> settings = new ArrayList<>();
    private final List<SettingChange> fixes = new ArrayList<>();
    private final List<String> args = new ArrayList<>();

    FindingBuilder(Severity severity, String check, Hop hop) {
        this.severity = severity;
        this.check = check;
        this.hop = hop.id();
        args.add(hop.id());
    }

    FindingBuilder setting(Hop h, Setting<?> s) {
        settings.add(new SettingRef(h.id(), s.id(), s.format(h.get(s))));
        return this;
    }

    <T> FindingBuilder fix(Hop h, Setting<T> s, T value) {
        fixes.add(new SettingChange(h.id(), s.id(), s.format(value)));
        return this;
    }

    /** Arguments after the hop id ({0}), in the order the check's bundle entries use them; a Long is a duration in ms. */
    FindingBuilder args(Object... values) {
        for (Object v : values) {
            if (v instanceof Long) {
                args.add(TimeSpan.ofMillis((Long) v).toHuman());
            } else {
                args.add(v instanceof TimeSpan ? ((TimeSpan) v).toHuman() : String.valueOf(v));
            }
        }
        return this;
    }

    Finding build() {
        return new Finding(severity, check, hop, settings, fixes, args);
    }
}
