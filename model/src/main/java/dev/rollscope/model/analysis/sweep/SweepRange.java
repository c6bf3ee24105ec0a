package dev.rollscope.model.analysis.sweep;

import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The offsets of a sweep and the scenario each is simulated in. Offsets run from {@code -d} (the
 * request's duration when nothing disrupts the chain, rounded up to a step) to the last event of
 * the disrupted chain (rounded up to a step). When the earliest offset would start before time 0,
 * the whole scenario (disruptions and the other requests) is moved later by {@code shift}.
 *
 * @param scenario        the scenario, shifted, without its traffic mix
 * @param probe           index of the swept request in the scenario's requests
 * @param disruptionStart when the earliest disruption starts in {@code scenario}
 * @param firstStep       the first offset in steps (zero or negative)
 * @param count           how many offsets
 * @param calm            the request's outcome sent alone with nothing disrupted
 */
record SweepRange(Scenario scenario, int probe, long disruptionStart, long shift, long step, long firstStep,
                  int count, Outcome calm) {

    /** How many offsets a sweep in steps of {@code step} needs (without refusing past the limit). */
    static long count(Topology topology, Scenario original, RequestSpec probe, long step) {
        return of(topology, original, probe, step, Long.MAX_VALUE).count;
    }

    static SweepRange of(Topology topology, Scenario original, RequestSpec probe, long step) {
        return of(topology, original, probe, step, Sweep.MAX_OFFSETS);
    }

    private static SweepRange of(Topology topology, Scenario original, RequestSpec probe, long step, long limit) {
        Outcome calm = calm(topology, original, probe);
        long before = ceilSteps(calm.end() - calm.start(), step);
        long start = original.disruptions().stream().mapToLong(d -> d.at().millis()).min().orElseThrow();
        long shift = Math.max(0, before * step - start);
        Scenario moved = shifted(original, shift);
        SweepRange range = new SweepRange(moved, original.requests().indexOf(probe), start + shift, shift, step,
                -before, 0, calm);
        long end = Simulator.run(topology, range.scenarioAt(-(start + shift)), SimulationOptions.outcomesOnly())
                .endTime();
        long count = before + ceilSteps(end - range.disruptionStart, step) + 1;
        if (count > limit) {
            throw new Sweep.TooManyOffsets("a sweep in steps of " + TimeSpan.ofMillis(step).toHuman() + " needs "
                    + count + " offsets, more than " + Sweep.MAX_OFFSETS + ": choose a longer step");
        }
        return new SweepRange(moved, range.probe, range.disruptionStart, shift, step, -before,
                (int) Math.min(Integer.MAX_VALUE, count), calm);
    }

    long offset(int i) {
        return (firstStep + i) * step;
    }

    /**
     * The scenario with the swept request sent {@code offset} ms after the earliest disruption
     * starts; a positive offset moves the horizon later by as much, so the request starts before it.
     */
    Scenario scenarioAt(long offset) {
        Scenario s = offset > 0 ? scenario.withHorizon(scenario.horizon().plus(TimeSpan.ofMillis(offset))) : scenario;
        return sentAt(s, probe, disruptionStart + offset);
    }

    /** The scenario with its request number {@code probe} sent at {@code start}. */
    static Scenario sentAt(Scenario s, int probe, long start) {
        List<RequestSpec> requests = new ArrayList<>(s.requests());
        requests.set(probe, requests.get(probe).withStart(TimeSpan.ofMillis(start)));
        return s.withRequests(requests);
    }

    static Scenario shifted(Scenario s, long shift) {
        TimeSpan by = TimeSpan.ofMillis(shift);
        List<Disruption> disruptions = s.disruptions().stream().map(d -> d.withAt(d.at().plus(by))).toList();
        List<RequestSpec> requests = s.requests().stream().map(r -> r.withStart(r.start().plus(by))).toList();
        return new Scenario(s.name(), s.description(), disruptions, requests, null, s.seed(), s.horizon().plus(by));
    }

    /** The request's outcome sent alone at time 0 when nothing disrupts the chain. */
    private static Outcome calm(Topology topology, Scenario scenario, RequestSpec probe) {
        Scenario calm = new Scenario(scenario.name(), "", List.of(), List.of(probe.withStart(TimeSpan.ZERO)), null,
                scenario.seed(), scenario.horizon());
        return Simulator.run(topology, calm, SimulationOptions.outcomesOnly()).outcomes().get(0);
    }

    private static long ceilSteps(long millis, long step) {
        return Math.max(0, Math.floorDiv(millis + step - 1, step));
    }
}
