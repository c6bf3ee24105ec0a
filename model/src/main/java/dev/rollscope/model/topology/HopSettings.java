package dev.rollscope.model.topology;

import dev.rollscope.model.i18n.RefusalException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The values of a hop's settings: an immutable map from {@link Setting} to value, kept in catalog
 * order. Every value is checked against its setting's type and range on construction.
 */
public final class HopSettings {

    private final Map<Setting<?>, Object> values;

    /**
     * @throws IllegalArgumentException naming the setting and value when a value is out of range
     */
    public HopSettings(Map<Setting<?>, ?> values) {
        Map<Setting<?>, Object> ordered = new LinkedHashMap<>();
        for (Setting<?> s : SettingCatalog.all()) {
            if (values.containsKey(s)) {
                ordered.put(s, s.check(values.get(s)));
            }
        }
        for (Setting<?> s : values.keySet()) {
            if (!ordered.containsKey(s)) {
                throw RefusalException.of("hopSettings.unknown", s);
            }
        }
        this.values = Collections.unmodifiableMap(ordered);
    }

    /**
     * The value of a setting this hop has.
     *
     * @throws IllegalArgumentException when the hop does not have the setting
     */
    public <T> T get(Setting<T> setting) {
        Object v = values.get(setting);
        if (v == null) {
            throw RefusalException.of("hopSettings.missing", setting);
        }
        return setting.type().cast(v);
    }

    public boolean has(Setting<?> setting) {
        return values.containsKey(setting);
    }

    /** A copy with one value replaced (checked). */
    public <T> HopSettings with(Setting<T> setting, T value) {
        Objects.requireNonNull(value, setting::id);
        if (!values.containsKey(setting)) {
            throw RefusalException.of("hopSettings.missing", setting);
        }
        Map<Setting<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(setting, value);
        return new HopSettings(copy);
    }

    /** The settings present, in catalog order. */
    public Set<Setting<?>> keys() {
        return values.keySet();
    }

    /** The values, in catalog order. */
    public Map<Setting<?>, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HopSettings && ((HopSettings) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
