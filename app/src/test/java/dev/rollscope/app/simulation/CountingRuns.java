package dev.rollscope.app.simulation;

import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;

/** The model's runs, counted: simulations (of any detail), checks and sweeps (one per request swept). */
public class CountingRuns implements SimulationRuns {

    public int simulations;
    public int checks;
    public int sweeps;

    @Override
    public SimulationResult simulate(Topology topology, Scenario scenario, SimulationOptions options) {
        simulations++;
        return MODEL.simulate(topology, scenario, options);
    }

    @Override
    public List<Finding> check(Topology topology, Scenario scenario) {
        checks++;
        return MODEL.check(topology, scenario);
    }

    @Override
    public SweepResult sweep(Topology topology, Scenario scenario, String requestId, TimeSpan step) {
        sweeps++;
        return MODEL.sweep(topology, scenario, requestId, step);
    }

    public void reset() {
        simulations = 0;
        checks = 0;
        sweeps = 0;
    }

    @Override
    public String toString() {
        return simulations + " simulations, " + checks + " checks, " + sweeps + " sweeps";
    }
}
