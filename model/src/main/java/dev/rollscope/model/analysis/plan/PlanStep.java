package dev.rollscope.model.analysis.plan;

import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.SettingChange;
import java.util.List;

/**
 * One step of a fix plan: the changes it adds, and the failure the search still found before it.
 *
 * @param changes the setting changes of this step
 * @param because  the failure these changes answer (its explanation says why they are needed)
 * @param searched true when the value was searched for (the smallest at which no offset and route
 *                 fails with the same cause at the same hop), not taken from the failure's own fix
 */
public record PlanStep(List<SettingChange> changes, Failure because, boolean searched) {

    public PlanStep {
        changes = List.copyOf(changes);
    }
}
