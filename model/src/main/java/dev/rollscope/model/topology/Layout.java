package dev.rollscope.model.topology;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Canvas positions of hops, kept apart from the topology's semantics: a layout never changes a
 * simulation. Hops without a position are laid out automatically.
 */
public record Layout(Map<String, Position> positions) {

    public static final Layout EMPTY = new Layout(Map.of());

    public Layout {
        Objects.requireNonNull(positions, "layout");
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    public Optional<Position> of(String hopId) {
        return Optional.ofNullable(positions.get(hopId));
    }

    public Layout with(String hopId, Position p) {
        Map<String, Position> copy = new LinkedHashMap<>(positions);
        copy.put(hopId, p);
        return new Layout(copy);
    }

    public Layout without(String hopId) {
        Map<String, Position> copy = new LinkedHashMap<>(positions);
        copy.remove(hopId);
        return new Layout(copy);
    }
}
