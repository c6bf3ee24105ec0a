package dev.rollscope.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.sim.SettingRef;
import dev.rollscope.model.sim.SimulationResult;
import java.util.List;
import java.util.Locale;

/**
 * The JSON of {@code simulate --json}, documented in the README ("Verdicts as JSON"): keys in a
 * fixed order, times in milliseconds. Changing it means a new {@code format} number.
 */
final class VerdictJson {

    static final int FORMAT = 1;

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

    static String of(String file, List<SimulationResult> results, Locale locale) {
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
        ArrayNode fixes = fn.putArray("fixes");
        for (SettingChange c : f.fixes()) {
            fixes.addObject().put("hop", c.hop()).put("setting", c.setting()).put("value", c.value());
        }
        Explanation x = Explanation.of(f, locale);
        fn.put("summary", x.summary());
        fn.put("why", x.why());
        fn.put("inequality", x.inequality());
        fn.put("fix", x.fix());
    }
}
