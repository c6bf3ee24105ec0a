package dev.rollscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rollscope.model.analysis.safety.RequestSafety;
import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.SweepResult;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON of {@code sweep --json} (format 2, in the README under "Danger windows as JSON"): times
 * in ms, offsets from the start of the earliest disruption; {@code shift}, the ms by which the
 * sweep moved the scenario later (failure times are on the moved timeline: subtract it); each
 * window with its edges, statuses, instances and the failure whose fix goes furthest; the verified
 * fix plan.
 */
final class SweepJson {

    private SweepJson() {
    }

    static String of(String file, String scenario, RequestSafety safety, Locale locale) {
        SweepResult r = safety.found().sweep();
        ObjectNode root = VerdictJson.root(file);
        root.put("scenario", scenario);
        root.put("request", r.requestId());
        root.put("step", r.step());
        root.put("firstOffset", r.firstOffset());
        root.put("lastOffset", r.lastOffset());
        root.put("offsets", r.points().size());
        root.put("shift", r.shift());
        root.put("routes", r.routesWalked());
        root.put("safe", r.safe());
        root.put("regardless", r.regardlessText(locale).orElse(null));
        ArrayNode windows = root.putArray("windows");
        for (DangerWindow w : r.windows()) {
            ObjectNode n = windows.addObject();
            n.put("from", w.from());
            n.put("to", w.to());
            w.statuses().forEach(n.putArray("statuses")::add);
            w.instances().forEach(n.putArray("instances")::add);
            n.put("text", w.text(r.requestId(), r.disruptionText(locale), locale));
            VerdictJson.failure(n.putObject("failure"), w.failure(), locale);
        }
        VerdictJson.plan(root, r.safe() ? Optional.empty() : Optional.of(safety.plan()), locale);
        return VerdictJson.write(root);
    }
}
