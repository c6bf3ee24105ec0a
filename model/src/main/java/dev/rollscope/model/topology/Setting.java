package dev.rollscope.model.topology;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The descriptor of one hop setting: its key, group, value type and the values it admits. The
 * value itself lives in a hop's {@link HopSettings}; its default per hop kind comes from
 * {@link DefaultsTable}; its one-line meaning is the resource-bundle entry {@link #meaningKey()}.
 *
 * <p>Two settings are equal when their ids are.
 *
 * @param <T> the Java type of the value
 */
public final class Setting<T> {

    private final SettingGroup group;
    private final String name;
    private final ValueType<T> type;
    private final Predicate<T> admits;
    private final Refusal admitsText;
    /** {@link #id()}, made once: settings are compared by it, often. */
    private final String id;

    private Setting(SettingGroup group, String name, ValueType<T> type, Predicate<T> admits, Refusal admitsText) {
        this.group = group;
        this.name = name;
        this.type = type;
        this.admits = admits;
        this.admitsText = admitsText;
        this.id = group.key() + "." + name;
    }

    static Setting<TimeSpan> time(SettingGroup group, String name) {
        return new Setting<>(group, name, ValueType.TIME, v -> !v.isNone(), Refusal.of("admits.finite"));
    }

    static Setting<TimeSpan> time(SettingGroup group, String name, TimeSpan min, TimeSpan max) {
        return new Setting<>(group, name, ValueType.TIME,
                v -> v.compareTo(min) >= 0 && v.compareTo(max) <= 0,
                Refusal.of("admits.between", min, max));
    }

    static Setting<TimeSpan> timeOrNone(SettingGroup group, String name) {
        return new Setting<>(group, name, ValueType.TIME, v -> true, Refusal.verbatim("a time span or none"));
    }

    static Setting<Integer> count(SettingGroup group, String name, int min) {
        return new Setting<>(group, name, ValueType.COUNT, v -> v >= min, Refusal.of("admits.atLeast", min));
    }

    static Setting<Integer> count(SettingGroup group, String name, int min, int max) {
        return new Setting<>(group, name, ValueType.COUNT, v -> v >= min && v <= max,
                Refusal.of("admits.fromTo", min, max));
    }

    static Setting<Boolean> flag(SettingGroup group, String name) {
        return new Setting<>(group, name, ValueType.FLAG, v -> true, Refusal.verbatim("on or off"));
    }

    static Setting<Scale> scale(SettingGroup group, String name) {
        return new Setting<>(group, name, ValueType.SCALE, v -> true, Refusal.verbatim("a count or a percentage"));
    }

    static <E extends Enum<E>> Setting<E> choice(SettingGroup group, String name, Class<E> type) {
        ValueType<E> vt = ValueType.choice(type);
        return new Setting<>(group, name, vt, v -> true, Refusal.verbatim(vt.displayName()));
    }

    static <T> Setting<T> of(SettingGroup group, String name, ValueType<T> type) {
        return new Setting<>(group, name, type, v -> true, Refusal.verbatim(type.displayName()));
    }

    /** The dotted id used in messages and findings: {@code front.drainTimeout}. */
    public String id() {
        return id;
    }

    /** The key inside its group's JSON object: {@code drainTimeout}. */
    public String name() {
        return name;
    }

    public SettingGroup group() {
        return group;
    }

    public ValueType<T> type() {
        return type;
    }

    /** The resource-bundle key of the setting's one-line meaning. */
    public String meaningKey() {
        return "setting." + id() + ".meaning";
    }

    /** The resource-bundle key of the setting's display label. */
    public String labelKey() {
        return "setting." + id() + ".label";
    }

    /**
     * Checks a value against this setting's type and range.
     *
     * @throws IllegalArgumentException naming the setting and the bad value
     */
    public T check(Object value) {
        Objects.requireNonNull(value, () -> id() + " needs a value");
        if (!type.accepts(value)) {
            throw new IllegalArgumentException(id() + " must be " + type.displayName() + ", not " + value);
        }
        T v = type.cast(value);
        if (!admits.test(v)) {
            throw RefusalException.of("setting.outOfRange", id(), admitsText, type.format(v));
        }
        return v;
    }

    /**
     * Parses text as a value of this setting and checks its range.
     *
     * @throws IllegalArgumentException naming the setting and the text
     */
    public T parse(String text) {
        try {
            return check(type.parse(text));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(id())) {
                throw e;
            }
            throw new RefusalException(Refusal.of("setting.refused", id(), Refusal.of(e)), e);
        }
    }

    public String format(Object value) {
        return type.format(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Setting && ((Setting<?>) o).id().equals(id());
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }

    @Override
    public String toString() {
        return id();
    }
}
