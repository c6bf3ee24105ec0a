package dev.rollscope.app.plan;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.io.ProjectFileException;
import java.nio.file.Path;

/** The examples the fix-plan tests use, read from the repository's examples folder. */
final class PlanExamples {

    /** Roll A with a drain of 0 s: POST-50MB at 50 s is cut at 75 s; the plan (verified) raises A's drain. */
    static final String DRAIN_OFF = "failure-drain-off.json";
    /** Roll C with Kong's quit timeout too short: the planner finds no plan (NO_FIX). */
    static final String KONG_QUIT = "failure-kong-quit.json";

    private PlanExamples() {
    }

    static Project read(String name) {
        try {
            return ProjectFile.read(Path.of("..", "examples", name));
        } catch (ProjectFileException e) {
            throw new AssertionError(e);
        }
    }
}
