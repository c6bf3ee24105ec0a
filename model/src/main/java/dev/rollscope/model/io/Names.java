package dev.rollscope.model.io;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.units.Excerpt;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names of one kind in a file (hop ids, scenario names, request ids): each claimed once, and
 * references checked against them, with errors that say where the first one was or which exist.
 */
final class Names {

    private final String kind;
    private final Map<String, JsonPath> seen = new LinkedHashMap<>();

    /** @param kind what the names are, for messages: the key {@code names.KIND} of their noun, {@code hopId} */
    Names(String kind) {
        this.kind = kind;
    }

    /** Claims the string {@code value} holds; refuses a name claimed before. */
    String claim(Value value) {
        String name = value.text();
        JsonPath first = seen.putIfAbsent(name, value.path());
        if (first != null) {
            throw new FieldError(value.path(), Refusal.of("names.duplicate", Refusal.of("names." + kind), Excerpt.quote(name),
                    first));
        }
        return name;
    }

    /** Checks that a reference names a claimed name. */
    String existing(String name, JsonPath where, boolean atKey) {
        if (!seen.containsKey(name)) {
            throw new FieldError(where, atKey, Refusal.of("names.missing", Refusal.of("names." + kind), Excerpt.quote(name),
                    Refusal.of("names." + kind + ".plural"), Excerpt.list(seen.keySet())));
        }
        return name;
    }

    /** Checks that the string {@code value} holds names a claimed name. */
    String existing(Value value) {
        return existing(value.text(), value.path(), false);
    }
}
