package dev.rollscope.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rollscope.model.analysis.plan.FixPlan;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.sim.SettingRef;
import dev.rollscope.model.sim.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The JSON of {@code simulate --json}, documented in the README ("Verdicts as JSON"): keys in a
 * fixed order, times in milliseconds. Changing it means a new {@code format} number.
 *
 * <p>Written with Jackson's streaming generator, outcome by outcome as the result makes them, so
 * the memory it needs does not grow with the number of requests.
 */
final class VerdictJson {

    static final int FORMAT = 2;

    private static final JsonFactory JSON = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private VerdictJson() {
    }

    /** Something written to a generator; may throw what the generator throws. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * Writes one indented JSON object to {@code out}: {@code format} and {@code file}, then what
     * {@code body} writes, then a line separator. {@code out} stays open.
     */
    static void write(PrintWriter out, String file, Body body) {
        try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeStringField("file", file);
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.print(System.lineSeparator());
        out.flush();
    }

    /**
     * @param plans the verified fix plan of a failed request of a result, by request id (empty when
     *              the search does not meet its failure)
     */
    static void write(PrintWriter out, String file, List<SimulationResult> results,
                      BiFunction<SimulationResult, String, Optional<FixPlan>> plans, Locale locale) {
        write(out, file, g -> {
            g.writeArrayFieldStart("scenarios");
            for (SimulationResult r : results) {
                g.writeStartObject();
                g.writeStringField("name", r.scenario().name());
                g.writeNumberField("requests", r.requests().size());
                g.writeNumberField("failed", r.failedCount());
                g.writeArrayFieldStart("outcomes");
                for (Outcome o : r.outcomes()) {
                    g.writeStartObject();
                    outcome(g, r, o, locale);
                    if (!o.ok()) {
                        plan(g, o.failure().cause().settingsCanSave() ? plans.apply(r, o.requestId()) : Optional.empty(),
                                locale);
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    private static void outcome(JsonGenerator g, SimulationResult r, Outcome o, Locale locale) throws IOException {
        g.writeStringField("id", o.requestId());
        g.writeStringField("method", r.requests().get(o.request()).method());
        g.writeNumberField("start", o.start());
        g.writeNumberField("end", o.end());
        g.writeBooleanField("ok", o.ok());
        g.writeNumberField("status", o.status());
        g.writeBooleanField("truncated", o.truncated());
        g.writeNumberField("attempts", o.attempts());
        Failure f = o.failure();
        g.writeFieldName("failure");
        if (f == null) {
            g.writeNull();
            return;
        }
        failure(g, f, locale);
    }

    /** The failure as an object, with the fields of {@code simulate --json}'s outcomes. */
    static void failure(JsonGenerator g, Failure f, Locale locale) throws IOException {
        g.writeStartObject();
        g.writeStringField("cause", f.cause().name());
        g.writeStringField("rule", f.cause().rule());
        g.writeStringField("hop", f.hop());
        g.writeStringField("instance", f.instance());
        g.writeStringField("answeredBy", f.answeredBy());
        g.writeNumberField("time", f.time());
        g.writeArrayFieldStart("settings");
        for (SettingRef ref : f.settings()) {
            setting(g, ref.hop(), ref.setting(), ref.value());
        }
        g.writeEndArray();
        Explanation x = Explanation.of(f, locale);
        g.writeStringField("summary", x.summary());
        g.writeStringField("why", x.why());
        g.writeStringField("inequality", x.inequality());
        g.writeEndObject();
    }

    /**
     * The field {@code plan}: the fix plan the search verified ({@code verified}, the merged
     * {@code changes}, the {@code steps} with their cause and text), or null when the search does
     * not meet the failure. Only verified fixes are printed: a plan not verified says so and what
     * still fails.
     */
    static void plan(JsonGenerator g, Optional<FixPlan> plan, Locale locale) throws IOException {
        g.writeFieldName("plan");
        if (plan.isEmpty()) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeBooleanField("verified", plan.get().verified());
        g.writeArrayFieldStart("changes");
        for (SettingChange c : plan.get().changes()) {
            setting(g, c.hop(), c.setting(), c.value());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("text");
        for (String line : plan.get().lines(locale)) {
            g.writeString(line);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void setting(JsonGenerator g, String hop, String setting, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("hop", hop);
        g.writeStringField("setting", setting);
        g.writeStringField("value", value);
        g.writeEndObject();
    }
}
