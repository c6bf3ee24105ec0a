package dev.rollscope.model.analysis.plan;

import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.SettingCatalog;
import dev.rollscope.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;

/** Setting changes applied to a topology, and merged into a plan. */
public final class SettingChanges {

    private SettingChanges() {
    }

    /**
     * The topology with every change applied, in order.
     *
     * @throws IllegalArgumentException when a change names no hop or setting of the topology, or a
     *                                  value its setting cannot parse
     */
    public static Topology apply(Topology topology, List<SettingChange> changes) {
        Topology t = topology;
        for (SettingChange c : changes) {
            int index = t.indexOf(c.hop());
            if (index < 0) {
                throw new IllegalArgumentException("no hop " + c.hop() + " for the change " + c);
            }
            Setting<?> s = SettingCatalog.byId(c.setting())
                    .orElseThrow(() -> new IllegalArgumentException("no setting " + c.setting() + " for the change " + c));
            t = t.withHop(index, with(t.hops().get(index), s, c.value()));
        }
        return t;
    }

    private static <T> Hop with(Hop hop, Setting<T> s, String value) {
        return hop.with(s, s.parse(value));
    }

    /**
     * {@code plan} with {@code next} added: a setting already in the plan takes the larger of the two
     * values (a plan's later step never undoes an earlier one), any other change is appended.
     */
    public static List<SettingChange> merge(List<SettingChange> plan, List<SettingChange> next) {
        List<SettingChange> out = new ArrayList<>(plan);
        for (SettingChange c : next) {
            int at = indexOf(out, c);
            if (at < 0) {
                out.add(c);
            } else if (larger(c, out.get(at))) {
                out.set(at, c);
            }
        }
        return out;
    }

    private static int indexOf(List<SettingChange> plan, SettingChange c) {
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).sameSetting(c)) {
                return i;
            }
        }
        return -1;
    }

    /** True when a replaces b: it asks for more, or the values are not ordered (the later change wins). */
    private static boolean larger(SettingChange a, SettingChange b) {
        int c = a.compareValue(b);
        return c > 0 || c == 0 && !a.value().equals(b.value());
    }
}
