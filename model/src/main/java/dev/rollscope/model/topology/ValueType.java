package dev.rollscope.model.topology;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.units.Bandwidth;
import dev.rollscope.model.units.Excerpt;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The type of a setting's value: how it is parsed from and written as text, and how it appears
 * in JSON (a string, a number or a boolean).
 *
 * @param <T> the Java type of the value
 */
public final class ValueType<T> {

    /** How a value of this type is written in a topology file. */
    public enum JsonShape { STRING, NUMBER, BOOLEAN }

    public static final ValueType<TimeSpan> TIME =
            new ValueType<>("time", TimeSpan.class, JsonShape.STRING, TimeSpan::parse, TimeSpan::toString);
    public static final ValueType<ByteSize> SIZE =
            new ValueType<>("size", ByteSize.class, JsonShape.STRING, ByteSize::parse, ByteSize::toString);
    public static final ValueType<Bandwidth> BANDWIDTH =
            new ValueType<>("bandwidth", Bandwidth.class, JsonShape.STRING, Bandwidth::parse, Bandwidth::toString);
    public static final ValueType<Scale> SCALE =
            new ValueType<>("count or %", Scale.class, JsonShape.STRING, Scale::parse, Scale::toString);
    public static final ValueType<Integer> COUNT =
            new ValueType<>("count", Integer.class, JsonShape.NUMBER, ValueType::parseCount, String::valueOf);
    public static final ValueType<Boolean> FLAG =
            new ValueType<>("on/off", Boolean.class, JsonShape.BOOLEAN, ValueType::parseFlag, String::valueOf);

    private final String name;
    private final Class<T> javaType;
    private final JsonShape shape;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;

    private ValueType(String name, Class<T> javaType, JsonShape shape,
                      Function<String, T> parser, Function<T, String> formatter) {
        this.name = name;
        this.javaType = javaType;
        this.shape = shape;
        this.parser = parser;
        this.formatter = formatter;
    }

    /** A choice among the constants of {@code type}, written as the constant's name. */
    public static <E extends Enum<E>> ValueType<E> choice(Class<E> type) {
        E[] constants = type.getEnumConstants();
        String options = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
        return new ValueType<>("one of " + options, type, JsonShape.STRING, text -> {
            Excerpt.requireNoControl(text, Refusal.of("noun.oneOf", options));
            for (E e : constants) {
                if (e.name().equalsIgnoreCase(text.trim())) {
                    return e;
                }
            }
            throw RefusalException.of("value.notOneOf", Excerpt.quote(text), options);
        }, Enum::name);
    }

    private static Integer parseCount(String text) {
        Excerpt.requireNoControl(text, Refusal.of("noun.wholeNumber"));
        String t = text.trim();
        if (!t.matches("-?\\d{1,9}")) {
            throw RefusalException.of("value.notWhole", Excerpt.quote(text));
        }
        return Integer.valueOf(t);
    }

    private static Boolean parseFlag(String text) {
        Excerpt.requireNoControl(text, Refusal.of("noun.onOff"));
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true": case "on": case "yes": return Boolean.TRUE;
            case "false": case "off": case "no": return Boolean.FALSE;
            default: throw RefusalException.of("value.notFlag", Excerpt.quote(text));
        }
    }

    /**
     * Parses a value.
     *
     * @throws IllegalArgumentException with a message that names the text
     */
    public T parse(String text) {
        return parser.apply(text);
    }

    public String format(Object value) {
        return formatter.apply(javaType.cast(value));
    }

    public T cast(Object value) {
        return javaType.cast(value);
    }

    public boolean accepts(Object value) {
        return javaType.isInstance(value);
    }

    public Class<T> javaType() {
        return javaType;
    }

    public JsonShape shape() {
        return shape;
    }

    /** A short human name for messages: "time", "size", "one of GRACEFUL, IMMEDIATE". */
    public String displayName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
