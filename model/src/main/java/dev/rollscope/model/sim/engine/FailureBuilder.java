package dev.rollscope.model.sim.engine;

import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.DataFate;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.sim.SettingRef;
import dev.rollscope.model.sim.Stall;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/** Collects the parts of a {@link Failure}. */
final class FailureBuilder {

    private final Cause cause;
    private final String hop;
    private final String instance;
    private final String answeredBy;
    private final long time;
    private final List<SettingRef> settings = new ArrayList<>();
    private final List<SettingChange> fixes = new ArrayList<>();
    private final List<String> args = new ArrayList<>();
    private Stall stall;
    private boolean pdbBypassed;
    private DataFate data;

    FailureBuilder(Cause cause, String hop, String instance, String answeredBy, long time) {
        this.cause = cause;
        this.hop = hop;
        this.instance = instance;
        this.answeredBy = answeredBy;
        this.time = time;
    }

    FailureBuilder setting(Hop h, Setting<?> s) {
        settings.add(new SettingRef(h.id(), s.id(), s.format(h.get(s))));
        return this;
    }

    /** A fix, unless it would not change the setting (then the cause lies elsewhere and there is no fix here). */
    <T> FailureBuilder fix(Hop h, Setting<T> s, T value) {
        if (!value.equals(h.get(s))) {
            fixes.add(new SettingChange(h.id(), s.id(), s.format(value)));
        }
        return this;
    }

    /** A fix that raises a limit, given only when the new value is above the current one. */
    <T extends Comparable<T>> FailureBuilder raise(Hop h, Setting<T> s, T value) {
        if (value.compareTo(h.get(s)) > 0) {
            fixes.add(new SettingChange(h.id(), s.id(), s.format(value)));
        }
        return this;
    }

    FailureBuilder args(Object... values) {
        for (Object v : values) {
            args.add(v instanceof TimeSpan ? ((TimeSpan) v).toHuman() : String.valueOf(v));
        }
        return this;
    }

    FailureBuilder pdbBypassed() {
        pdbBypassed = true;
        return this;
    }

    FailureBuilder data(DataFate d) {
        data = d;
        return this;
    }

    FailureBuilder stall(Stall s) {
        stall = s;
        return this;
    }

    Failure build() {
        return new Failure(cause, hop, instance, answeredBy, time, settings, fixes, args, stall, pdbBypassed, data);
    }
}
