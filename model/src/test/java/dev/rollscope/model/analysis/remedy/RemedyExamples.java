package dev.rollscope.model.analysis.remedy;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import java.nio.file.Path;

/** Where the remedy tests start: an example project of examples/ and one of its scenarios. */
final class RemedyExamples {

    private RemedyExamples() {
    }

    /** examples/{@code name}.json. */
    static Project load(String name) throws Exception {
        return ProjectFile.read(Path.of("..", "examples", name + ".json"));
    }

    /** The scenario of p named {@code name}; fails when p has none. */
    static Scenario scenario(Project p, String name) {
        return p.scenario(name).orElseThrow();
    }
}
