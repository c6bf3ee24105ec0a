package dev.rollscope.app.simulation;

import dev.rollscope.model.analysis.Checks;
import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;

/**
 * The model's work the {@link SimulationPipeline} asks for: {@link #MODEL} does it; a test wraps it
 * to count how often the app simulates.
 */
public interface SimulationRuns {

    SimulationResult simulate(Topology topology, Scenario scenario, SimulationOptions options);

    List<Finding> check(Topology topology, Scenario scenario);

    SweepResult sweep(Topology topology, Scenario scenario, String requestId, TimeSpan step);

    /** {@link Simulator}, {@link Checks} and {@link Sweep}. */
    SimulationRuns MODEL = new SimulationRuns() {
        @Override
        public SimulationResult simulate(Topology topology, Scenario scenario, SimulationOptions options) {
            return Simulator.run(topology, scenario, options);
        }

        @Override
        public List<Finding> check(Topology topology, Scenario scenario) {
            return Checks.run(topology, scenario);
        }

        @Override
        public SweepResult sweep(Topology topology, Scenario scenario, String requestId, TimeSpan step) {
            return Sweep.run(topology, scenario, requestId, step);
        }
    };
}
