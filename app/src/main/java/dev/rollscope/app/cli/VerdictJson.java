package dev.rollscope.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rollscope.model.analysis.plan.FixPlan;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.DataFate;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.OutcomeStream;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.sim.SettingRef;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.UploadSummary;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.Topology;
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
 * <p>Written with Jackson's streaming generator, each outcome as its request ends in the
 * simulation ({@link Simulator#stream}), so neither the simulation nor the writer keeps the
 * outcomes: the memory it needs does not grow with the number of requests. Format 3: outcomes in
 * the order their requests end, then the counts, and the keys {@code upload} and
 * {@code failure.data}; format 2 had the counts first, the outcomes by request, and neither key.
 */
final class VerdictJson {

    static final int FORMAT = 3;

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
    static void write(PrintWriter out, int format, String file, Body body) {
        try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeNumberField("format", format);
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
     * Simulates each scenario and writes its outcomes as its requests end.
     *
     * @param plans the verified fix plan of a failed request of a scenario, by request id (empty
     *              when the search does not meet its failure)
     * @return true when every request of every scenario survived
     */
    static boolean write(PrintWriter out, String file, Topology topology, List<Scenario> scenarios,
                         BiFunction<Scenario, String, Optional<FixPlan>> plans, Locale locale) {
        boolean[] allOk = {true};
        write(out, FORMAT, file, g -> {
            g.writeArrayFieldStart("scenarios");
            for (Scenario s : scenarios) {
                g.writeStartObject();
                g.writeStringField("name", s.name());
                g.writeArrayFieldStart("outcomes");
                OutcomeStream.Totals totals = Simulator.stream(topology, s, SimulationOptions.outcomesOnly(),
                        (o, request, upload) -> {
                            try {
                                g.writeStartObject();
                                outcome(g, request, o, locale);
                                upload(g, upload);
                                if (!o.ok()) {
                                    plan(g, o.failure().cause().settingsCanSave()
                                            ? plans.apply(s, o.requestId()) : Optional.empty(), locale);
                                }
                                g.writeEndObject();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                g.writeEndArray();
                g.writeNumberField("requests", totals.requests());
                g.writeNumberField("failed", totals.failed());
                g.writeEndObject();
                allOk[0] &= totals.allOk();
            }
            g.writeEndArray();
        });
        return allOk[0];
    }

    private static void outcome(JsonGenerator g, RequestSpec request, Outcome o, Locale locale) throws IOException {
        g.writeStringField("id", o.requestId());
        g.writeStringField("method", request.method());
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
        data(g, f.data());
        g.writeEndObject();
    }

    /**
     * The field {@code data}: what became of the request's database transaction (domain.md §16),
     * or null when it has none.
     */
    private static void data(JsonGenerator g, DataFate d) throws IOException {
        g.writeFieldName("data");
        if (d == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("kind", d.kind().name());
        g.writeBooleanField("mayBeWritten", d.kind().mayBeWritten());
        g.writeStringField("instance", d.instance());
        optionalTime(g, "begin", d.begin());
        optionalTime(g, "commit", d.commit());
        g.writeBooleanField("idempotent", d.idempotent());
        g.writeEndObject();
    }

    /**
     * The field {@code upload}: how a resumable upload went as a whole (domain.md §13), or null when
     * the request is not one.
     */
    private static void upload(JsonGenerator g, Optional<UploadSummary> upload) throws IOException {
        g.writeFieldName("upload");
        if (upload.isEmpty()) {
            g.writeNull();
            return;
        }
        UploadSummary u = upload.get();
        g.writeStartObject();
        g.writeStringField("protocol", u.protocol().name());
        g.writeStringField("storage", u.storage().name());
        g.writeBooleanField("completed", u.completed());
        g.writeNumberField("chunks", u.chunks());
        g.writeNumberField("sent", u.sent());
        g.writeNumberField("retries", u.retries());
        g.writeNumberField("restarts", u.restarts());
        g.writeNumberField("undisturbed", u.undisturbed());
        g.writeNumberField("singlePost", u.singlePost());
        g.writeStringField("lostOn", u.lostOn());
        g.writeStringField("answeredBy", u.answeredBy());
        g.writeEndObject();
    }

    /** A time in ms, or null when it is -1 (it never happened). */
    private static void optionalTime(JsonGenerator g, String name, long millis) throws IOException {
        if (millis < 0) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, millis);
        }
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
