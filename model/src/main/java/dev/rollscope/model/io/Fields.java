package dev.rollscope.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.units.Excerpt;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of one JSON object being decoded. Every key a decoder asks for is remembered, so
 * {@link #finish()} can refuse any other key, and {@link #build} can point a model constructor's
 * complaint at the field it names.
 */
final class Fields {

    private final JsonNode node;
    private final JsonPath path;
    private final Set<String> asked = new LinkedHashSet<>();

    Fields(JsonNode node, JsonPath path) {
        this.node = node;
        this.path = path;
    }

    JsonPath path() {
        return path;
    }

    /** A key that must be present (and not null). */
    Value value(String key) {
        return optional(key).orElseThrow(() -> new FieldError(path.key(key), Refusal.of("file.missingKey", key)));
    }

    /** A key that may be absent; {@code null} counts as absent. */
    Optional<Value> optional(String key) {
        asked.add(key);
        JsonNode child = node.get(key);
        return child == null || child.isNull() ? Optional.empty() : Optional.of(new Value(child, path.key(key)));
    }

    /**
     * Every field, in document order, for objects whose keys are data (hop ids, setting names);
     * a field whose value is {@code null} counts as absent and is left out.
     */
    List<Map.Entry<String, Value>> entries() {
        List<Map.Entry<String, Value>> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            asked.add(e.getKey());
            if (e.getValue().isNull()) {
                continue;
            }
            out.add(Map.entry(e.getKey(), new Value(e.getValue(), path.key(e.getKey()))));
        }
        return out;
    }

    /** Refuses the first key no decoder asked for. */
    void finish() {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String name = e.getKey();
            if (!asked.contains(name)) {
                throw new FieldError(path.key(name), true,
                        Refusal.of("file.unknownKey", Excerpt.quote(name), String.join(", ", asked)));
            }
        }
    }

    /**
     * Runs a model constructor. Its IllegalArgumentException becomes an error at the key of this
     * object that its message names first (the constructor's "replicas must be 1 to 1000" points
     * at {@code replicas}), or else at this object.
     */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new FieldError(blame(e.getMessage()), Refusal.of(e));
        }
    }

    private JsonPath blame(String message) {
        JsonPath where = path;
        int earliest = Integer.MAX_VALUE;
        for (String key : asked) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(key) + "\\b").matcher(message);
            if (node.has(key) && m.find() && m.start() < earliest) {
                earliest = m.start();
                where = path.key(key);
            }
        }
        return where;
    }
}
