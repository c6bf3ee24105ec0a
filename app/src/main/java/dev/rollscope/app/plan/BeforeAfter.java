package dev.rollscope.app.plan;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.analysis.plan.FixPlan;
import dev.rollscope.model.analysis.safety.SafetySearch;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.i18n.Labels;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.SettingCatalog;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The before/after view's content, as display text: the request's outcome before and with the
 * plan, side by side line by line, the setting changes (old → new, with units) and the plan in
 * words with its verdict (the model's own texts).
 *
 * @param title    "Fix plan for POST-50MB in “roll A”"
 * @param lines    status, sent, cause, hop, instance, time and danger search: before and after each
 * @param changes  the plan's changes, merged one per setting, in the order the plan made them
 * @param steps    the plan's steps in words (each with why it is needed)
 * @param verdict  "Verified: … survives at every start offset and routing choice", or what still
 *                 fails, or why there is no plan
 * @param verified true when the plan can be applied: it has changes and the search verified it
 */
public record BeforeAfter(String title, List<Line> lines, List<Change> changes, List<String> steps, String verdict,
                          boolean verified) {

    /** One line of the comparison: what, before, after. */
    public record Line(String label, String before, String after) {
    }

    /**
     * One setting change.
     *
     * @param hop     the hop's id
     * @param setting the setting's label and id: "Drain timeout (front.drainTimeout)"
     * @param from    the value the project has, with its unit: "0 ms"
     * @param to      the value the plan sets: "46 s"
     */
    public record Change(String hop, String setting, String from, String to) {
    }

    public BeforeAfter {
        lines = List.copyOf(lines);
        changes = List.copyOf(changes);
        steps = List.copyOf(steps);
    }

    public static BeforeAfter of(PlanAnswer a, Messages m) {
        Locale locale = m.locale();
        Optional<FixPlan> plan = a.plan();
        String none = m.get("plan.none");
        Failure was = a.before().failure();
        Outcome after = a.after();
        Failure is = after == null ? null : after.failure();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(m.get("plan.field.status"), a.before().statusText(),
                after == null ? none : after.statusText()));
        lines.add(new Line(m.get("plan.field.sent"), seconds(a.before().start()),
                after == null ? none : seconds(after.start())));
        lines.add(new Line(m.get("plan.field.cause"), cause(was, locale, none),
                after == null ? none : cause(is, locale, none)));
        lines.add(new Line(m.get("plan.field.hop"), was == null ? none : was.hop(), is == null ? none : is.hop()));
        lines.add(new Line(m.get("plan.field.instance"), instance(was, none), instance(is, none)));
        lines.add(new Line(m.get("plan.field.time"), was == null ? none : seconds(was.time()),
                after == null ? none : after.ok() ? m.format("plan.answered", seconds(after.end()))
                        : seconds(is.time())));
        List<String> words = plan.map(p -> p.lines(locale)).orElse(List.of());
        String verdict = words.isEmpty() ? m.format("plan.nothing", step(a)) : words.get(words.size() - 1);
        lines.add(new Line(m.get("plan.field.search"), window(a, locale).orElse(none),
                plan.isEmpty() ? none : verdict));
        List<Change> changes = plan.map(p -> p.changes().stream().map(c -> change(a, c, m)).toList()).orElse(List.of());
        return new BeforeAfter(m.format("plan.title", a.request().requestId(), a.request().scenario()), lines, changes,
                words.isEmpty() ? List.of() : words.subList(0, words.size() - 1), verdict, a.verified());
    }

    private static String cause(Failure f, Locale locale, String none) {
        return f == null ? none : Labels.of(locale).name(f.cause()) + ": " + Explanation.of(f, locale).summary();
    }

    private static String instance(Failure f, String none) {
        return f == null || f.instance().isEmpty() ? none : f.instance();
    }

    /** The window in words, or the failure regardless of the disruption. */
    private static Optional<String> window(PlanAnswer a, Locale locale) {
        SweepResult sweep = a.safety() == null ? null : a.safety().found().sweep();
        if (sweep == null) {
            return Optional.empty();
        }
        return sweep.regardlessText(locale).or(() -> a.window()
                .map(w -> w.text(a.request().requestId(), sweep.disruptionText(locale), locale)));
    }

    private static Change change(PlanAnswer a, SettingChange c, Messages m) {
        Optional<Setting<?>> setting = SettingCatalog.byId(c.setting());
        Optional<Hop> hop = a.request().project().topology().hop(c.hop());
        if (setting.isEmpty() || hop.isEmpty()) {
            return new Change(c.hop(), c.setting(), m.get("plan.none"), c.value());
        }
        Setting<?> s = setting.get();
        String label = m.format("plan.setting", m.label(s), s.id());
        Object from = hop.get().settings().has(s) ? hop.get().get(s) : null;
        return new Change(c.hop(), label, from == null ? m.get("plan.none") : display(s, from),
                display(s, s.type().parse(c.value())));
    }

    /** A value with its unit as people read it: "46 s", "500 ms", "50MB", "GRACEFUL". */
    public static String display(Setting<?> s, Object value) {
        return value instanceof TimeSpan ? ((TimeSpan) value).toHuman() : s.format(value);
    }

    /** The step of the danger search that was run. */
    private static String step(PlanAnswer a) {
        return (a.safety() == null ? SafetySearch.DEFAULT_STEP : a.safety().step()).toHuman();
    }

    private static String seconds(long millis) {
        return TimeSpan.ofMillis(millis).toHuman();
    }
}
