package dev.rollscope.model.importing.k8s;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.ReportText;
import dev.rollscope.model.importing.Target;
import dev.rollscope.model.importing.tree.MapWalk;
import dev.rollscope.model.importing.tree.Node;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.units.Scale;
import java.util.Map;

/** A Deployment strategy (a Deployment's {@code spec.strategy}, the Kong chart's {@code updateStrategy}). */
public final class RolloutFields {

    private RolloutFields() {
    }

    public static void strategy(Node strategy, Findings f) throws ImportException {
        MapWalk w = new MapWalk(strategy);
        Node type = w.take("type").orElse(null);
        if (type != null && !type.scalar().equals("RollingUpdate")) {
            f.notUnderstood(type.origin(), ReportText.of("k8s.strategy.notRolling", type.scalar()));
        }
        Node ru = w.take("rollingUpdate").orElse(null);
        if (ru != null) {
            MapWalk r = new MapWalk(ru);
            scale(r, "maxSurge", RolloutSettings.MAX_SURGE, f);
            scale(r, "maxUnavailable", RolloutSettings.MAX_UNAVAILABLE, f);
            r.rest(f, Map.of());
        }
        w.rest(f, Map.of());
    }

    /** A Kubernetes IntOrString ({@code 1} or {@code "25%"}); the engine rounds a percentage as Kubernetes does. */
    public static void scale(MapWalk w, String key, Setting<Scale> setting, Findings f)
            throws ImportException {
        Node n = w.take(key).orElse(null);
        if (n != null) {
            try {
                f.set(n.origin(), Target.of(setting), Scale.parse(n.scalar()));
            } catch (IllegalArgumentException e) {
                throw new ImportException(n.origin(), Refusal.of(e));
            }
        }
    }

}
