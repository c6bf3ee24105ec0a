package dev.rollscope.model.analysis.plan;

import dev.rollscope.model.analysis.sweep.PauseAssumption;
import dev.rollscope.model.i18n.Labels;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.SettingChange;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The setting changes that make a request survive a scenario, found by searching again after each
 * one, or the admission that none was found within the bound.
 *
 * @param requestId the request the plan is for
 * @param steps     the steps, in the order they were found
 * @param verified  true when, with every change applied, the danger search found no window at any
 *                  offset and routing choice and the request survives with nothing disrupted
 * @param last      the search with every change applied: nothing found when verified, else what
 *                  still fails
 * @param end       why the planner stopped
 * @param request   the request (of the scenario searched) the plan is for: what its "survives" rests on
 *                  ({@link PauseAssumption})
 */
public record FixPlan(String requestId, List<PlanStep> steps, boolean verified, Found last, End end,
                      RequestSpec request) {

    /** Why a planner stopped. */
    public enum End {
        /** The search found nothing left: the plan is verified. */
        SAFE,
        /** {@link FixPlanner#MAX_STEPS} steps and it still fails. */
        BOUND,
        /** What still fails asks for no change the plan has not made, and no larger value clears it. */
        NO_FIX,
        /**
         * What still fails asks for no setting change the plan could try: its cause is one no setting
         * saves ({@link dev.rollscope.model.sim.Cause#settingsCanSave}, e.g. a resumable upload whose
         * partial state lives on one pod), its client's own behaviour decides it (one that stops
         * reading), or what helps is not one setting's value (retries and more instances against a
         * crash): what helps is its fix in words.
         */
        NO_SETTING,
        /**
         * Nothing fails on the routes searched, but the route walk stopped at its cap with routes left
         * ({@link Found#unfinished()}): not fully searched, so not verified.
         */
        UNFINISHED,
        /** The next change is too large to search (past its setting's range, or a rollout too long to sweep). */
        TOO_LARGE
    }

    private static final String BUNDLE = "dev.rollscope.model.analysis.plan.plan";

    public FixPlan {
        steps = List.copyOf(steps);
    }

    /** Every change of the plan, merged: one per setting, the largest value any step asked for. */
    public List<SettingChange> changes() {
        List<SettingChange> out = new ArrayList<>();
        for (PlanStep s : steps) {
            out = SettingChanges.merge(out, s.changes());
        }
        return out;
    }

    /**
     * The plan in words, one line per step, then the verdict: "verified: survives at every offset
     * and routing choice" (for a GCS upload with the assumption that rests on), or "no plan within N
     * changes; still failing: …".
     */
    public List<String> lines(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            PlanStep s = steps.get(i);
            String changes = String.join(", ", s.changes().stream().map(SettingChange::toString).toList());
            out.add(s.searched()
                    ? format(b, "plan.step.searched", locale, i + 1, changes, Labels.of(locale).name(s.because().cause()),
                            s.because().hop())
                    : format(b, "plan.step", locale, i + 1, Explanation.of(s.because(), locale).fix(), changes));
        }
        if (verified) {
            out.add(format(b, steps.isEmpty() ? "plan.safe" : "plan.verified", locale)
                    + PauseAssumption.of(request, locale).orElse(""));
        } else {
            out.add(format(b, "plan.none." + end.name(), locale, FixPlanner.MAX_STEPS, last.stillFailing(locale),
                    remedy(locale)));
        }
        return out;
    }

    /** The fix in words of the first failure still found that asks for no setting change, or "". */
    private String remedy(Locale locale) {
        return last.failures().stream().filter(f -> f.fixes().isEmpty()).findFirst()
                .map(f -> Explanation.of(f, locale).fix()).orElse("");
    }

    private static String format(ResourceBundle b, String key, Locale locale, Object... args) {
        return new MessageFormat(b.getString(key), locale).format(args);
    }
}
