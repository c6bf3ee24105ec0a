package dev.rollscope.model.io;

import com.fasterxml.jackson.databind.JsonNode;
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
        require(node.isTextual(), "a string");
        return node.textValue();
    }

    int integer() {
        require(node.isIntegralNumber() && node.canConvertToInt(), "a whole number");
        return node.intValue();
    }

    long longInteger() {
        require(node.isIntegralNumber() && node.canConvertToLong(), "a whole number");
        return node.longValue();
    }

    double number() {
        require(node.isNumber() && Double.isFinite(node.doubleValue()), "a number");
        return node.doubleValue();
    }

    boolean bool() {
        require(node.isBoolean(), "true or false");
        return node.booleanValue();
    }

    Fields fields() {
        require(node.isObject(), "an object {...}");
        return new Fields(node, path);
    }

    List<Value> elements() {
        require(node.isArray(), "an array [...]");
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
            throw new FieldError(path, e.getMessage());
        }
    }

    private void require(boolean ok, String expected) {
        if (!ok) {
            throw new FieldError(path, "expected " + expected + ", not " + describe(node));
        }
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "the string " + Excerpt.quote(node.textValue());
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isNumber()) {
            return "the number " + Excerpt.cut(node.asText());
        }
        return node.asText();
    }
}
