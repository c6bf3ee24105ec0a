package dev.rollscope.app.plan;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.SweepResult;
import java.util.Objects;

/**
 * What a fix plan is asked for: a request of a scenario of the project as it was when the user
 * asked, and, when the user came from a danger window of the sweep, that window.
 *
 * @param project   the project the plan is searched on (and may be applied to while it is current)
 * @param scenario  the scenario's name
 * @param requestId the request (a request of the scenario, or of its traffic mix)
 * @param sweep     the sweep the user picked a window of, or null for a failed verdict
 * @param window    the danger window the user picked (one of the sweep's), or null for a failed verdict
 */
public record PlanRequest(Project project, String scenario, String requestId, SweepResult sweep,
                          DangerWindow window) {

    public PlanRequest {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(requestId, "requestId");
        if ((sweep == null) != (window == null)) {
            throw new IllegalArgumentException("a danger window needs its sweep, and a sweep a window");
        }
    }

    /** The plan of a failed verdict: the request as the scenario sends it. */
    public static PlanRequest ofVerdict(Project project, String scenario, String requestId) {
        return new PlanRequest(project, scenario, requestId, null, null);
    }

    /** The plan of a danger window of a sweep of the scenario. */
    public static PlanRequest ofWindow(Project project, String scenario, SweepResult sweep, DangerWindow window) {
        return new PlanRequest(project, scenario, sweep.requestId(), sweep, window);
    }
}
