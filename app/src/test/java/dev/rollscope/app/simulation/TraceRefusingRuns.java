package dev.rollscope.app.simulation;

import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;

/**
 * The model's runs on a heap too small for a trace of more than one request in {@code least}: a
 * full-detail run that traces more throws the model's limit, as {@link SimulationOptions#full()} does
 * when a trace would not fit.
 */
public class TraceRefusingRuns implements SimulationRuns {

    private final int least;

    public TraceRefusingRuns(int least) {
        this.least = least;
    }

    @Override
    public SimulationResult simulate(Topology topology, Scenario scenario, SimulationOptions options) {
        if (options.detail() == SimulationOptions.Detail.FULL && options.traceEvery() < least) {
            throw new SimulationLimitException("the trace would not fit");
        }
        return MODEL.simulate(topology, scenario, options);
    }

    @Override
    public List<Finding> check(Topology topology, Scenario scenario) {
        return MODEL.check(topology, scenario);
    }

    @Override
    public SweepResult sweep(Topology topology, Scenario scenario, String requestId, TimeSpan step) {
        return MODEL.sweep(topology, scenario, requestId, step);
    }
}
