package dev.rollscope.model.io;

import com.fasterxml.jackson.core.JsonStreamContext;
import dev.rollscope.model.units.Excerpt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a value sits in a JSON document: object keys and array indexes from the root, shown as
 * {@code $.hops[0].settings.proxy.clientMaxBodySize}.
 *
 * @param segments keys ({@link String}) and indexes ({@link Integer}), outermost first
 */
public record JsonPath(List<Object> segments) {

    public static final JsonPath ROOT = new JsonPath(List.of());

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    public JsonPath {
        segments = List.copyOf(segments);
    }

    /** The path of the value a parser is at. */
    static JsonPath of(JsonStreamContext context) {
        Deque<Object> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.hasCurrentIndex()) {
                segments.addFirst(c.getCurrentIndex());
            } else if (c.inObject() && c.getCurrentName() != null) {
                segments.addFirst(c.getCurrentName());
            }
        }
        return new JsonPath(List.copyOf(segments));
    }

    public JsonPath key(String key) {
        return append(key);
    }

    public JsonPath index(int index) {
        return append(index);
    }

    private JsonPath append(Object segment) {
        List<Object> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new JsonPath(longer);
    }

    /** True when {@code other} is this path or lies inside it. */
    public boolean contains(JsonPath other) {
        return other.segments.size() >= segments.size() && other.segments.subList(0, segments.size()).equals(segments);
    }

    public int depth() {
        return segments.size();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("$");
        for (Object s : segments) {
            if (s instanceof Integer) {
                sb.append('[').append(s).append(']');
            } else if (((String) s).length() <= Excerpt.MAX_CHARS && PLAIN_KEY.matcher((String) s).matches()) {
                sb.append('.').append(s);
            } else {
                sb.append("[\"").append(Excerpt.cut((String) s)).append("\"]");
            }
        }
        return sb.toString();
    }
}
