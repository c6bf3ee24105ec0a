package dev.rollscope.app.scenario;

import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The changes the scenario panel makes, as functions from a scenario to a changed copy. Each one
 * throws {@link IllegalArgumentException} (from the model) for a change the model refuses.
 */
final class ScenarioEdits {

    private ScenarioEdits() {
    }

    /**
     * Replaces the scenario's rollouts by one per hop in {@code hops}, all starting at {@code at};
     * node upgrades and crashes stay.
     */
    static Scenario rolls(Scenario s, List<String> hops, TimeSpan at) {
        List<Disruption> out = new ArrayList<>();
        for (Disruption d : s.disruptions()) {
            if (d.kind() != Disruption.Kind.ROLLOUT) {
                out.add(d);
            }
        }
        for (String hop : hops) {
            out.add(new RollOut(hop, at));
        }
        return s.withDisruptions(out);
    }

    /** Adds a disruption (a blue/green switch, a canary) after the others. */
    static Scenario addDisruption(Scenario s, Disruption d) {
        List<Disruption> out = new ArrayList<>(s.disruptions());
        out.add(d);
        return s.withDisruptions(out);
    }

    /** Removes the disruption at {@code index} of the scenario's disruptions. */
    static Scenario removeDisruption(Scenario s, int index) {
        if (index < 0 || index >= s.disruptions().size()) {
            throw new IllegalArgumentException("scenario \"" + s.name() + "\" has no disruption " + index);
        }
        List<Disruption> out = new ArrayList<>(s.disruptions());
        out.remove(index);
        return s.withDisruptions(out);
    }

    static Scenario addRequest(Scenario s, RequestSpec r) {
        List<RequestSpec> out = new ArrayList<>(s.requests());
        out.add(r);
        return s.withRequests(out);
    }

    static Scenario removeRequest(Scenario s, String id) {
        List<RequestSpec> out = new ArrayList<>(s.requests());
        if (!out.removeIf(r -> r.id().equals(id))) {
            throw new IllegalArgumentException("scenario \"" + s.name() + "\" has no request \"" + id + "\"");
        }
        return s.withRequests(out);
    }

    /** Replaces request {@code id} by what {@code change} makes of it. */
    static Scenario changeRequest(Scenario s, String id, UnaryOperator<RequestSpec> change) {
        List<RequestSpec> out = new ArrayList<>(s.requests());
        int i = out.indexOf(s.request(id).orElseThrow(
                () -> new IllegalArgumentException("scenario \"" + s.name() + "\" has no request \"" + id + "\"")));
        out.set(i, change.apply(out.get(i)));
        return s.withRequests(out);
    }

    /** Replaces the steady traffic's entry {@code name} by what {@code change} makes of it. */
    static Scenario changeMixEntry(Scenario s, String name, UnaryOperator<MixEntry> change) {
        TrafficMix mix = s.traffic();
        List<MixEntry> out = new ArrayList<>(mix == null ? List.of() : mix.entries());
        int i = out.stream().map(MixEntry::name).toList().indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("scenario \"" + s.name() + "\" has no traffic entry \"" + name + "\"");
        }
        out.set(i, change.apply(out.get(i)));
        return s.withTraffic(new TrafficMix(mix.ratePerSecond(), mix.from(), mix.until(), out));
    }

    /** A request id not used in the scenario: {@code base}, or {@code base-2}, {@code base-3}… */
    static String freshId(Scenario s, String base) {
        String id = base;
        for (int n = 2; s.request(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The start of the scenario's rollouts, or {@code fallback} when it has none. */
    static TimeSpan rollStart(Scenario s, TimeSpan fallback) {
        return s.disruptions().stream().filter(d -> d.kind() == Disruption.Kind.ROLLOUT).map(Disruption::at)
                .findFirst().orElse(fallback);
    }
}
