package dev.rollscope.model.export.story;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.Examples;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed chain at defaults while one of its scenarios rolls a hop, under 1,000 requests (GET and 2 kB POST by
 * turns), one every 40 ms from 30 s to 69.96 s.
 */
public final class ThousandRequests {

    public static final int COUNT = 1000;

    private ThousandRequests() {
    }

    /** @param scenario the example scenario whose disruptions apply: {@code roll A}, {@code roll D} */
    public static SimulationResult simulate(String scenario) {
        return simulate(scenario, List.of());
    }

    /** As {@link #simulate(String)}, with {@code first} listed before the thousand. */
    public static SimulationResult simulate(String scenario, List<RequestSpec> first) {
        Project p = Examples.read("abcd-defaults");
        Scenario roll = p.scenario(scenario).orElseThrow();
        List<RequestSpec> requests = new ArrayList<>(first);
        for (int i = 0; i < COUNT; i++) {
            TimeSpan start = TimeSpan.ofMillis(30_000 + 40L * i);
            requests.add(i % 2 == 0 ? RequestSpec.get("GET-" + i, start)
                    : RequestSpec.post("POST-" + i, ByteSize.ofBytes(2_000), start));
        }
        return Simulator.run(p.topology(), new Scenario("1000 requests, " + scenario, "", roll.disruptions(), requests,
                null, 1));
    }
}
