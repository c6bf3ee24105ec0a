package dev.rollscope.model.export.story;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.Examples;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Simulator;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/** The seed chain at defaults while D rolls, under 1,000 GETs, one every 40 ms from 30 s. */
public final class ThousandRequests {

    public static final int COUNT = 1000;

    private ThousandRequests() {
    }

    public static SimulationResult simulate() {
        Project p = Examples.read("abcd-defaults");
        Scenario roll = p.scenario("roll D").orElseThrow();
        List<RequestSpec> requests = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            requests.add(RequestSpec.get("GET-" + i, TimeSpan.ofMillis(30_000 + 40L * i)));
        }
        return Simulator.run(p.topology(), new Scenario("1000 GETs while D rolls", "", roll.disruptions(), requests,
                null, 1));
    }
}
