package dev.rollscope.model.export.story;

import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.Times;
import dev.rollscope.model.scenario.Crash;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.MigCanary;
import dev.rollscope.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/** A scenario's disruptions in one line: {@code roll D: rollout of D from t=40.0s}. */
public final class Disruptions {

    private Disruptions() {
    }

    /** The scenario's name and what disrupts it, for the first note of a diagram. */
    public static String describe(ExportTexts t, Scenario s) {
        return s.name() + ": " + list(t, s);
    }

    /** What disrupts the scenario, in words, or that nothing does. */
    public static String list(ExportTexts t, Scenario s) {
        List<String> parts = new ArrayList<>();
        for (Disruption d : s.disruptions()) {
            String hops = String.join(", ", d.hops());
            String at = Times.at(d.at().millis());
            if (d instanceof Crash c) {
                parts.add(t.get("disruption.CRASH", hops, String.valueOf(c.instance()), at));
            } else if (d instanceof MigCanary c) {
                parts.add(t.get("disruption.MIG_CANARY", hops, String.valueOf(c.size()), at));
            } else {
                parts.add(t.get("disruption." + d.kind().name(), hops, at));
            }
        }
        return parts.isEmpty() ? t.get("disruption.none") : String.join("; ", parts);
    }
}
