package dev.rollscope.app.playback;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.io.ProjectFileException;
import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.List;

/** The example projects the playback tests play. */
public final class Examples {

    private Examples() {
    }

    public static Project project(String file) {
        try {
            return ProjectFile.read(Path.of("..", "examples", file));
        } catch (ProjectFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * abcd-zero-downtime with a steady mix in its "roll C": 100 requests/s from 0 to 60 s, half
     * GETs, half 50 MB POSTs (40 s uploads), so about 2,000 are in flight from 40 s on.
     */
    public static Project busyRollC() {
        return busyRollC(100);
    }

    /** As {@link #busyRollC()} at {@code perSecond} requests/s: about {@code 20 × perSecond} in flight from 40 s on. */
    public static Project busyRollC(int perSecond) {
        Project p = project("abcd-zero-downtime.json");
        Scenario rollC = p.scenario("roll C").orElseThrow();
        TrafficMix mix = new TrafficMix(perSecond, TimeSpan.ZERO, TimeSpan.ofSeconds(60), List.of(
                new MixEntry("GET", "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), null, 1),
                new MixEntry("POST-50MB", "POST", ByteSize.ofMegabytes(50), ByteSize.ofBytes(1_000), null, 1)));
        return p.withScenario(p.scenarios().indexOf(rollC), rollC.withTraffic(mix));
    }

    /** The simulation of one scenario of an example file. */
    public static SimulationResult run(String file, String scenario) {
        Project p = project(file);
        return Simulator.run(p.topology(), p.scenario(scenario).orElseThrow());
    }
}
