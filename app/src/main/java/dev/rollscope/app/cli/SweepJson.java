package dev.rollscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.SweepResult;
import java.util.Locale;

/**
 * The JSON of {@code sweep --json} (format 1, in the README under "Danger windows as JSON"): times
 * in ms, offsets from the start of the earliest disruption; each window with its sampled edges,
 * the statuses seen and the failure at its first offset, as in {@code simulate --json}.
 */
final class SweepJson {

    private SweepJson() {
    }

    static String of(String file, String scenario, SweepResult r, Locale locale) {
        ObjectNode root = VerdictJson.root(file);
        root.put("scenario", scenario);
        root.put("request", r.requestId());
        root.put("step", r.step());
        root.put("firstOffset", r.firstOffset());
        root.put("lastOffset", r.lastOffset());
        root.put("offsets", r.points().size());
        ArrayNode windows = root.putArray("windows");
        for (DangerWindow w : r.windows()) {
            ObjectNode n = windows.addObject();
            n.put("from", w.from());
            n.put("to", w.to());
            w.statuses().forEach(n.putArray("statuses")::add);
            n.put("text", w.text(r.requestId(), r.disruptionText(locale), locale));
            VerdictJson.failure(n.putObject("failure"), w.failure(), locale);
        }
        return VerdictJson.write(root);
    }
}
