package dev.rollscope.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rollscope.model.analysis.plan.FixPlan;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.sim.SettingRef;
import dev.rollscope.model.sim.SimulationResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The JSON of {@code simulate --json}, documented in the README ("Verdicts as JSON"): keys in a
 * fixed order, times in milliseconds. Changing it means a new {@code format} number.
 */
final class VerdictJson {

    static final int FORMAT = 2;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VerdictJson() {
    }

    static ObjectNode root(String file) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("file", file);
        return root;
    }

    static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param plans the verified fix plan of a failed request of a result, by request id (empty when
     *              the search does not meet its failure)
     */
    static String of(String file, List<SimulationResult> results,
                     BiFunction<SimulationResult, String, Optional<FixPlan>> plans, Locale locale) {
        ObjectNode root = root(file);
        ArrayNode scenarios = root.putArray("scenarios");
        for (SimulationResult r : results) {
            ObjectNode s = scenarios.addObject();
            s.put("name", r.scenario().name());
            s.put("requests", r.requests().size());
            s.put("failed", r.failedCount());
            ArrayNode outcomes = s.putArray("outcomes");
            for (Outcome o : r.outcomes()) {
                outcome(outcomes.addObject(), r, o, locale);
                if (!o.ok()) {
                    plan(outcomes.get(outcomes.size() - 1), plans.apply(r, o.requestId()), locale);
                }
            }
        }
        return write(root);
    }

    private static void outcome(ObjectNode n, SimulationResult r, Outcome o, Locale locale) {
        n.put("id", o.requestId());
        n.put("method", r.requests().get(o.request()).method());
        n.put("start", o.start());
        n.put("end", o.end());
        n.put("ok", o.ok());
        n.put("status", o.status());
        n.put("truncated", o.truncated());
        n.put("attempts", o.attempts());
        Failure f = o.failure();
        if (f == null) {
            n.putNull("failure");
            return;
        }
        failure(n.putObject("failure"), f, locale);
    }

    /** The failure's fields, as in {@code simulate --json}'s outcomes. */
    static void failure(ObjectNode fn, Failure f, Locale locale) {
        fn.put("cause", f.cause().name());
        fn.put("rule", f.cause().rule());
        fn.put("hop", f.hop());
        fn.put("instance", f.instance());
        fn.put("answeredBy", f.answeredBy());
        fn.put("time", f.time());
        ArrayNode settings = fn.putArray("settings");
        for (SettingRef ref : f.settings()) {
            settings.addObject().put("hop", ref.hop()).put("setting", ref.setting()).put("value", ref.value());
        }
        Explanation x = Explanation.of(f, locale);
        fn.put("summary", x.summary());
        fn.put("why", x.why());
        fn.put("inequality", x.inequality());
    }

    /**
     * {@code plan}: the fix plan the search verified ({@code verified}, the merged {@code changes},
     * the {@code steps} with their cause and text), or null when the search does not meet the
     * failure. Only verified fixes are printed: a plan not verified says so and what still fails.
     */
    static void plan(JsonNode parent, Optional<FixPlan> plan, Locale locale) {
        ObjectNode n = (ObjectNode) parent;
        if (plan.isEmpty()) {
            n.putNull("plan");
            return;
        }
        ObjectNode pn = n.putObject("plan");
        pn.put("verified", plan.get().verified());
        ArrayNode changes = pn.putArray("changes");
        for (SettingChange c : plan.get().changes()) {
            changes.addObject().put("hop", c.hop()).put("setting", c.setting()).put("value", c.value());
        }
        plan.get().lines(locale).forEach(pn.putArray("text")::add);
    }
}
