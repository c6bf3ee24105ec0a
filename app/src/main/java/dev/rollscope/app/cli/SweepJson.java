package dev.rollscope.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rollscope.model.analysis.safety.RequestSafety;
import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.PauseAssumption;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.RequestSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON of {@code sweep --json} (format 3, in the README under "Danger windows as JSON"): times
 * in ms, offsets from the start of the earliest disruption; {@code shift}, the ms by which the
 * sweep moved the scenario later (failure times are on the moved timeline: subtract it); each
 * window with its edges, statuses, instances and the failure whose fix goes furthest; the verified
 * fix plan; {@code assumption}, the assumption a safe claim about this request rests on (a GCS
 * upload's retry pause, {@link PauseAssumption}), null when it rests on none.
 */
final class SweepJson {

    static final int FORMAT = 4;

    private SweepJson() {
    }

    static void write(PrintWriter out, String file, String scenario, RequestSpec swept, RequestSafety safety,
            Locale locale) {
        SweepResult r = safety.found().sweep();
        VerdictJson.write(out, FORMAT, file, g -> {
            g.writeStringField("scenario", scenario);
            g.writeStringField("request", r.requestId());
            g.writeNumberField("step", r.step());
            g.writeNumberField("firstOffset", r.firstOffset());
            g.writeNumberField("lastOffset", r.lastOffset());
            g.writeNumberField("offsets", r.points().size());
            g.writeNumberField("shift", r.shift());
            g.writeNumberField("routes", r.routesWalked());
            g.writeBooleanField("safe", r.safe());
            g.writeStringField("assumption", PauseAssumption.of(swept, locale).map(String::strip).orElse(null));
            g.writeStringField("regardless", r.regardlessText(locale).orElse(null));
            g.writeArrayFieldStart("windows");
            for (DangerWindow w : r.windows()) {
                g.writeStartObject();
                g.writeNumberField("from", w.from());
                g.writeNumberField("to", w.to());
                strings(g, "statuses", w.statuses());
                strings(g, "instances", w.instances());
                g.writeStringField("text", w.text(r.requestId(), r.disruptionText(locale), locale));
                g.writeFieldName("failure");
                VerdictJson.failure(g, w.failure(), locale);
                g.writeEndObject();
            }
            g.writeEndArray();
            VerdictJson.plan(g, r.safe() ? Optional.empty() : Optional.of(safety.plan()), locale);
        });
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
