package dev.rollscope.app.cli;

import dev.rollscope.model.analysis.plan.FixPlan;
import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.UploadText;
import dev.rollscope.model.i18n.Labels;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.units.TimeSpan;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Verdicts as readable text: per scenario a table of its requests (failed ones first, at most
 * {@link #MAX_ROWS} rows), each resumable upload as a whole (in the report's words), then each
 * failure explained (with what became of its database transaction) and its fix.
 */
final class VerdictText {

    static final int MAX_ROWS = 50;

    private final BiFunction<String, Object[], String> text;
    private final Locale locale;

    /** @param text the command's bundle lookup: key and arguments to a line */
    VerdictText(BiFunction<String, Object[], String> text, Locale locale) {
        this.text = text;
        this.locale = locale;
    }

    /**
     * @param plans    the verified fix plan of a failed request, by request id (empty when the search
     *                 does not meet its failure)
     * @param searched false when the scenario's danger search is too large to run: no plan then
     */
    void print(SimulationResult r, Function<String, Optional<FixPlan>> plans, boolean searched, PrintWriter out) {
        long failed = r.failedCount();
        out.println(t("verdict.scenario", r.scenario().name(), r.requests().size(), failed));
        TextTable table = new TextTable(t("verdict.columns").split("\\|"));
        int rows = 0;
        for (boolean failures : new boolean[] {true, false}) {
            for (Outcome o : r.outcomes()) {
                if (o.ok() != failures && rows < MAX_ROWS) {
                    table.add(row(r, o));
                    rows++;
                }
            }
        }
        table.print(out, "  ");
        if (r.requests().size() > rows) {
            out.println(t("verdict.more", r.requests().size() - rows));
        }
        ExportTexts words = new ExportTexts(locale);
        r.uploads().entrySet().stream().sorted(Map.Entry.comparingByKey()).limit(MAX_ROWS)
                .forEach(u -> out.println("  " + UploadText.of(words, u.getValue(), r.outcomes().get(u.getKey()))));
        r.outcomes().stream().filter(o -> !o.ok()).limit(MAX_ROWS)
                .forEach(o -> explain(o, plans.apply(o.requestId()).filter(p -> !p.steps().isEmpty()), searched, out));
    }

    private String[] row(SimulationResult r, Outcome o) {
        String method = r.requests().get(o.request()).method();
        String verdict = Labels.of(locale).verdict(o.ok());
        Failure f = o.failure();
        return new String[] {o.requestId(), method, time(o.start()), time(o.end()), o.statusText(), verdict,
            f == null ? "" : f.hop() + (f.instance().isEmpty() ? "" : " (" + f.instance() + ")"),
            f == null ? "" : Labels.of(locale).name(f.cause())};
    }

    /** The failure explained, and the fix plan the search verified (a fix is never printed unverified). */
    private void explain(Outcome o, Optional<FixPlan> plan, boolean searched, PrintWriter out) {
        Explanation x = Explanation.of(o.failure(), locale);
        out.println();
        out.println("  " + o.requestId() + ": " + x.summary());
        out.println("    " + x.why());
        out.println("    " + t("verdict.inequality", x.inequality()));
        if (!o.failure().cause().settingsCanSave()) {
            out.println("    " + x.fix());
            return;
        }
        if (plan.isEmpty()) {
            out.println("    " + t(searched ? "verdict.noplan" : "verdict.unsearched"));
            return;
        }
        out.println("    " + t("verdict.plan"));
        plan.get().lines(locale).forEach(line -> out.println("      " + line));
    }

    static String time(long millis) {
        return TimeSpan.ofMillis(millis).toString();
    }

    private String t(String key, Object... args) {
        return text.apply(key, args);
    }
}
