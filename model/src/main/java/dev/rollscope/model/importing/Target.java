package dev.rollscope.model.importing;

import dev.rollscope.model.topology.Setting;
import java.util.Optional;

/** What an imported value sets on a hop: one of its settings, or its number of replicas. */
public final class Target {

    /** The hop's steady-state number of instances ({@code replicas}, a MIG's {@code targetSize}). */
    public static final Target REPLICAS = new Target(null);

    private final Setting<?> setting;

    private Target(Setting<?> setting) {
        this.setting = setting;
    }

    public static Target of(Setting<?> setting) {
        return new Target(setting);
    }

    /** The setting, or empty for {@link #REPLICAS}. */
    public Optional<Setting<?>> setting() {
        return Optional.ofNullable(setting);
    }

    /** The setting's dotted id, or {@code replicas}. */
    public String id() {
        return setting == null ? "replicas" : setting.id();
    }

    /** The value as text, in the setting's canonical form. */
    public String format(Object value) {
        return setting == null ? String.valueOf(value) : setting.format(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Target && ((Target) o).id().equals(id());
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
