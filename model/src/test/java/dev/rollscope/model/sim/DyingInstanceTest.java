package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.Simulator;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A process that is being killed accepts nothing (domain.md §6, §8.1): a retry that its own cut
 * sets off, in the same millisecond, must go to another instance or be refused. Checked on the
 * second seed's chain (Kong, a Service, two pods that exit at once on SIGTERM) for 40 seeds, which
 * draw different kube-proxy picks for the retries.
 */
class DyingInstanceTest {

    @Test
    void noConnectionReachesAnInstanceOnceItsHardStopBegan() throws Exception {
        Project p = ProjectFile.read(Path.of("..", "examples", "kong-service-pods.json"));
        Scenario s0 = p.scenarios().get(0);
        int retriedCuts = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Scenario s = new Scenario(s0.name(), "", s0.disruptions(), s0.requests(), null, seed);
            SimulationResult r = Simulator.run(p.topology(), s);
            Map<Integer, Long> hardStop = new HashMap<>();
            for (TraceEvent e : r.trace().events()) {
                if (e.type() == TraceEventType.SIGNAL && e.value() == 0) {
                    hardStop.putIfAbsent(e.instance(), e.time());
                }
                if (e.type() == TraceEventType.CONNECTED && e.peerInstance() >= 0) {
                    Long stop = hardStop.get(e.peerInstance());
                    assertThat(stop == null || e.time() < stop)
                            .as("seed %d: request %d connected to instance %d at %d, after its hard stop at %s",
                                    seed, e.request(), e.peerInstance(), e.time(), stop).isTrue();
                }
            }
            retriedCuts += r.outcome("GET-in-flight").attempts() > 3 ? 1 : 0;
        }
        assertThat(retriedCuts).as("seeds in which the cut GET was retried").isGreaterThan(10);
    }
}
