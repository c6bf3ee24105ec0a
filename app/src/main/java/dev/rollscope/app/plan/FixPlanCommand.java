package dev.rollscope.app.plan;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.ProjectCommand;
import dev.rollscope.model.analysis.plan.FixPlan;
import dev.rollscope.model.analysis.plan.SettingChanges;
import dev.rollscope.model.sim.SettingChange;
import java.util.List;

/**
 * Applying a fix plan as one edit: every change of the plan ({@link FixPlan#changes()}) set on the
 * project's hops by the model's own {@link SettingChanges#apply}, so that one Undo reverts them all
 * and Redo sets them again.
 */
public final class FixPlanCommand {

    private FixPlanCommand() {
    }

    /** The command; pushing it applies the plan to the document's project as it is then. */
    public static ProjectCommand of(Document document, String requestId, FixPlan plan) {
        List<SettingChange> changes = plan.changes();
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("the plan for " + requestId + " has no changes to apply");
        }
        int count = changes.size();
        return new ProjectCommand(document, m -> m.format("command.applyPlan", requestId, count),
                changes.get(0).hop(), p -> p.withTopology(SettingChanges.apply(p.topology(), changes)));
    }
}
