package dev.rollscope.app.inspector;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.ValueType;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Excerpt;
import dev.rollscope.model.units.TimeSpan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why text typed into a setting's field is refused, in the user's language: what is wrong with it,
 * the values the setting admits, and the admitted value nearest to what was typed.
 *
 * <p>No limit is repeated here. The admitted range is found by asking the setting itself (its parser
 * and its range check, through {@link Setting#parse}) between the widest values its unit can be
 * written with ({@link TimeSpan#MAX_FINITE}, {@link ByteSize#MAX_PARSED}, an int for a count); the
 * admitted values of a setting are one interval, so two binary searches find its ends. How much a
 * typed number is worth is read by the model too: {@code 99999999h} is 99,999,999 times what the
 * model reads {@code 1h} as.
 *
 * @param <T> the setting's value type
 */
final class InputRefusal<T> {

    /** A number with an optional sign, then whatever follows it (the unit). */
    private static final Pattern NUMBER = Pattern.compile("\\s*(-?)\\s*(\\d{1,40}(?:\\.\\d{1,40})?)\\s*(\\S*)\\s*");

    private final Setting<T> setting;
    private final Magnitude<T> magnitude;
    private final long min;
    private final long max;

    /**
     * How a unit's values map to whole numbers (milliseconds, bytes, a count) and back.
     *
     * @param key   the unit's message key suffix: {@code time}, {@code size}, {@code count}
     * @param least the least the unit can be written with
     * @param most  the most the unit can be written with
     */
    private record Magnitude<T>(String key, ToLongFunction<T> of, LongFunction<T> value, long least, long most) {
    }

    private InputRefusal(Setting<T> setting, Magnitude<T> magnitude, long min, long max) {
        this.setting = setting;
        this.magnitude = magnitude;
        this.min = min;
        this.max = max;
    }

    /**
     * The refusals of a setting whose values are numbers (times, sizes, counts), with its admitted
     * range found around {@code current} (its value now, admitted); empty for other settings.
     */
    static Optional<InputRefusal<?>> of(Setting<?> setting, String current) {
        return magnitude(setting.type()).flatMap(m -> range(setting, m, current));
    }

    private static <T> Optional<InputRefusal<?>> range(Setting<T> setting, Magnitude<?> unit, String current) {
        @SuppressWarnings("unchecked")
        Magnitude<T> m = (Magnitude<T>) unit;
        InputRefusal<T> probe = new InputRefusal<>(setting, m, m.least(), m.most());
        Optional<Long> pivot = probe.magnitudeOf(current).filter(probe::admits);
        if (pivot.isEmpty()) {
            pivot = probe.admits(m.least()) ? Optional.of(m.least())
                    : probe.admits(m.most()) ? Optional.of(m.most()) : Optional.empty();
        }
        return pivot.map(p -> new InputRefusal<>(setting, m, probe.edge(p, m.least()), probe.edge(p, m.most())));
    }

    @SuppressWarnings("unchecked")
    private static <T> Optional<Magnitude<?>> magnitude(ValueType<T> type) {
        if (type == ValueType.TIME) {
            return Optional.of(new Magnitude<TimeSpan>("time", TimeSpan::millis, TimeSpan::ofMillis, 0,
                    TimeSpan.MAX_FINITE.millis()));
        } else if (type == ValueType.SIZE) {
            return Optional.of(new Magnitude<ByteSize>("size", ByteSize::bytes, ByteSize::ofBytes, 0,
                    ByteSize.MAX_PARSED));
        } else if (type == ValueType.COUNT) {
            return Optional.of(new Magnitude<Integer>("count", Integer::longValue, v -> (int) v, Integer.MIN_VALUE,
                    Integer.MAX_VALUE));
        }
        return Optional.empty();
    }

    /**
     * The reason {@code text} is refused, one line: what is wrong, what is admitted, and the nearest
     * admitted value when the text is a number with a known unit.
     */
    String explain(String text, Messages messages) {
        String quoted = Excerpt.quote(text);
        String expected = messages.format(expectedKey(), show(min), show(max));
        Matcher m = NUMBER.matcher(text);
        Optional<T> unit = m.matches() ? parseUnit("1" + m.group(3)) : Optional.empty();
        if (unit.isEmpty()) {
            String what = messages.get("unit." + magnitude.key());
            return messages.format("inspector.refused.notValue", quoted, what) + " " + expected;
        }
        BigDecimal typed = new BigDecimal(m.group(2)).multiply(BigDecimal.valueOf(magnitude.of().applyAsLong(
                unit.get())));
        if (!m.group(1).isEmpty()) {
            typed = typed.negate();
        }
        String why;
        if (!m.group(1).isEmpty()) {
            why = messages.format("inspector.refused.negative", quoted);
        } else if (typed.compareTo(BigDecimal.valueOf(max)) > 0) {
            why = messages.format("inspector.refused.tooLarge", quoted, show(max));
        } else if (typed.compareTo(BigDecimal.valueOf(min)) < 0) {
            why = messages.format("inspector.refused.tooSmall", quoted, show(min));
        } else {
            why = messages.format("inspector.refused.notValue", quoted, messages.get("unit." + magnitude.key()));
        }
        BigDecimal nearest = typed.setScale(0, RoundingMode.HALF_UP).max(BigDecimal.valueOf(min))
                .min(BigDecimal.valueOf(max));
        return why + " " + expected + " " + messages.format("inspector.nearest", show(nearest.longValueExact()));
    }

    private String expectedKey() {
        boolean none = magnitude.key().equals("time") && parse(TimeSpan.NONE.toString()).isPresent();
        return "inspector.expected." + magnitude.key() + (none ? "OrNone" : "");
    }

    /**
     * A value as the user would type it: the model's own form, or for a time a whole number of days
     * or hours when it is one ({@code 365d} rather than {@code 31536000s}).
     */
    private String show(long value) {
        if (magnitude.key().equals("time") && value > 0) {
            for (String unit : new String[] {"d", "h"}) {
                long per = TimeSpan.parse("1" + unit).millis();
                if (value % per == 0) {
                    return value / per + unit;
                }
            }
        }
        return setting.format(magnitude.value().apply(value));
    }

    private Optional<T> parse(String text) {
        return read(setting::parse, text);
    }

    /** The text read by the setting's type alone, without the setting's range. */
    private Optional<T> parseUnit(String text) {
        return read(setting.type()::parse, text);
    }

    private static <V> Optional<V> read(Function<String, V> parser, String text) {
        try {
            return Optional.of(parser.apply(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<Long> magnitudeOf(String text) {
        return parse(text).filter(v -> !(v instanceof TimeSpan t && t.isNone())).map(magnitude.of()::applyAsLong);
    }

    /** Whether the setting takes this value as it would be written. */
    private boolean admits(long value) {
        return parse(setting.format(magnitude.value().apply(value))).isPresent();
    }

    /**
     * The admitted value furthest from {@code admitted} toward {@code far}, where the setting's range ends
     * (its admitted values are one interval around {@code admitted}).
     */
    private long edge(long admitted, long far) {
        if (admits(far)) {
            return far;
        }
        long in = admitted;
        long out = far;
        while (Math.abs(out - in) > 1) {
            long mid = in + (out - in) / 2;
            if (admits(mid)) {
                in = mid;
            } else {
                out = mid;
            }
        }
        return in;
    }
}
