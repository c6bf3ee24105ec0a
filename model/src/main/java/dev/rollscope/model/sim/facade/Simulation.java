package dev.rollscope.model.sim.facade;

import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.engine.Engine;
import dev.rollscope.model.topology.Topology;

/**
 * A simulation under way, for a caller that advances it in steps ({@link #runUntil}) before taking
 * its result ({@link #runToEnd}); {@link Simulator#run} does both at once. Stepping changes
 * nothing: the result is the same, event for event. Not thread-safe; each step runs on the caller's
 * thread.
 */
public final class Simulation {

    private final Engine engine;
    private long reached;

    Simulation(Topology topology, Scenario scenario, SimulationOptions options) {
        this.engine = new Engine(topology, scenario, options);
    }

    /**
     * Processes every event at or before {@code t} ms (not past the scenario's horizon).
     *
     * @throws IllegalArgumentException when {@code t} is before a time already reached
     * @throws SimulationLimitException when the scenario goes past the options' event limit
     */
    public Simulation runUntil(long t) {
        if (t < reached) {
            throw new IllegalArgumentException("the simulation has already reached t=" + reached + " ms, not " + t);
        }
        engine.runUntil(t);
        reached = t;
        return this;
    }

    /** The time the last {@link #runUntil} reached, ms. */
    public long reached() {
        return reached;
    }

    /** Events processed so far. */
    public long eventCount() {
        return engine.eventCount();
    }

    /** Runs the rest of the simulation and returns its result. */
    public SimulationResult runToEnd() {
        return EngineInvariants.checked(engine.run());
    }
}
