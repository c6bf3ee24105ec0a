package dev.rollscope.app.plan;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.sweep.DangerWindow;
import java.util.Objects;

/**
 * What a fix plan is asked for: a request of a scenario of the project as it was when the user
 * asked, and, when the user came from a danger window of the sweep, that window.
 *
 * @param project   the project the plan is searched on (and may be applied to while it is current)
 * @param scenario  the scenario's name
 * @param requestId the request (a request of the scenario, or of its traffic mix)
 * @param window    the danger window the user picked, or null for a failed verdict
 */
public record PlanRequest(Project project, String scenario, String requestId, DangerWindow window) {

    public PlanRequest {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(requestId, "requestId");
    }
}
