package dev.rollscope.model.sim.facade;

import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.OutcomeStream;
import dev.rollscope.model.sim.RouteChoices;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.WorkEstimate;
import dev.rollscope.model.sim.engine.Engine;
import dev.rollscope.model.topology.Topology;

/**
 * Simulates a scenario on a topology. Deterministic: the same topology, scenario (with its seed)
 * and options give the same result, trace included, byte for byte.
 */
public final class Simulator {

    private Simulator() {
    }

    /**
     * @throws SimulationLimitException when the scenario's {@link WorkEstimate} is over the options'
     *         limits (before it starts), or it produces more events than the options allow
     */
    public static SimulationResult run(Topology topology, Scenario scenario, SimulationOptions options) {
        WorkEstimate.check(topology, scenario, options);
        return EngineInvariants.checked(new Engine(topology, scenario, options).run());
    }

    /**
     * Simulates with one request's routing chosen by {@code routes}, which records the choice
     * points it met (see {@link RouteChoices}).
     */
    public static SimulationResult run(Topology topology, Scenario scenario, SimulationOptions options,
                                       RouteChoices routes) {
        WorkEstimate.check(topology, scenario, options);
        return EngineInvariants.checked(new Engine(topology, scenario, options, routes, null).run());
    }

    /**
     * Simulates without keeping the outcomes: each goes to {@code stream} as its request ends, so the
     * memory a run needs does not grow with its number of requests. The outcomes are the same as
     * {@link #run(Topology, Scenario, SimulationOptions)}'s, in the order the requests end.
     *
     * @throws SimulationLimitException as {@link #run(Topology, Scenario, SimulationOptions)}
     */
    public static OutcomeStream.Totals stream(Topology topology, Scenario scenario, SimulationOptions options,
                                              OutcomeStream stream) {
        WorkEstimate.check(topology, scenario, options);
        return new Engine(topology, scenario, options, null, stream).runStreamed();
    }

    /** A simulation to advance in steps with {@link Simulation#runUntil}, then finish with {@link Simulation#runToEnd}. */
    public static Simulation start(Topology topology, Scenario scenario, SimulationOptions options) {
        WorkEstimate.check(topology, scenario, options);
        return new Simulation(topology, scenario, options);
    }

    public static SimulationResult run(Topology topology, Scenario scenario) {
        return run(topology, scenario, SimulationOptions.full());
    }
}
