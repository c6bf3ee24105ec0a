package dev.rollscope.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.topology.ValueType;
import dev.rollscope.model.units.Excerpt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One JSON value being decoded, with its path: typed accessors that fail with a
 * {@link FieldError} at this path when the value has the wrong type or is refused by the model.
 */
record Value(JsonNode node, JsonPath path) {

    String text() {
        require(node.isTextual(), "string");
        return node.textValue();
    }

    int integer() {
        require(node.isIntegralNumber() && node.canConvertToInt(), "wholeNumber");
        return node.intValue();
    }

    long longInteger() {
        require(node.isIntegralNumber() && node.canConvertToLong(), "wholeNumber");
        return node.longValue();
    }

    double number() {
        require(node.isNumber() && Double.isFinite(node.doubleValue()), "number");
        return node.doubleValue();
    }

    boolean bool() {
        require(node.isBoolean(), "bool");
        return node.booleanValue();
    }

    Fields fields() {
        require(node.isObject(), "object");
        return new Fields(node, path);
    }

    List<Value> elements() {
        require(node.isArray(), "array");
        List<Value> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new Value(node.get(i), path.index(i)));
        }
        return out;
    }

    /** The string parsed by {@code parser}; its IllegalArgumentException becomes this field's error. */
    <T> T parse(Function<String, T> parser) {
        String text = text();
        return attempt(() -> parser.apply(text));
    }

    /** A string naming one of the constants of {@code type}. */
    <E extends Enum<E>> E choice(Class<E> type) {
        return parse(ValueType.choice(type)::parse);
    }

    /** Runs a model check or constructor; its IllegalArgumentException becomes this field's error. */
    <T> T attempt(Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw new FieldError(path, Refusal.of(e));
        }
    }

    /** @param expected the key {@code json.expected.SHAPE} of the shape the value should have, {@code string} */
    private void require(boolean ok, String expected) {
        if (!ok) {
            throw new FieldError(path, Refusal.of("json.expected", Refusal.of("json.expected." + expected), describe(node)));
        }
    }

    private static Refusal describe(JsonNode node) {
        if (node.isTextual()) {
            return Refusal.of("json.found.string", Excerpt.quote(node.textValue()));
        }
        if (node.isObject()) {
            return Refusal.of("json.found.object");
        }
        if (node.isArray()) {
            return Refusal.of("json.found.array");
        }
        if (node.isNumber()) {
            return Refusal.of("json.found.number", Excerpt.cut(node.asText()));
        }
        return Refusal.verbatim(node.asText());
    }
}
