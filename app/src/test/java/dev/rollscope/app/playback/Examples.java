package dev.rollscope.app.playback;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.io.ProjectFileException;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Simulator;
import java.nio.file.Path;

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

    /** The simulation of one scenario of an example file. */
    public static SimulationResult run(String file, String scenario) {
        Project p = project(file);
        return Simulator.run(p.topology(), p.scenario(scenario).orElseThrow());
    }
}
