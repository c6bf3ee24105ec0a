package dev.rollscope.model.scenario;

import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Excerpt;
import dev.rollscope.model.units.TimeSpan;
import java.util.Objects;

/**
 * One request type of a traffic mix, with its weight among the others.
 *
 * @param processing the application's time to first byte, or null for the runtime hop's default
 */
public record MixEntry(String name, String method, ByteSize body, ByteSize response, TimeSpan processing,
                       int weight) {

    public MixEntry {
        Objects.requireNonNull(name, "mix entry name");
        if (!RequestSpec.ID.matcher(name).matches()) {
            throw new IllegalArgumentException("mix entry name " + Excerpt.quote(name) + " must be 1 to 40 letters, digits, _, . or -");
        }
        Methods.check(method, "mix entry " + name);
        Objects.requireNonNull(body, () -> "mix entry " + name + ": body");
        Objects.requireNonNull(response, () -> "mix entry " + name + ": response");
        if (weight < 1) {
            throw new IllegalArgumentException("mix entry " + name + ": weight must be ≥ 1, not " + weight);
        }
    }

    /** A request of this type with the given id and start. */
    public RequestSpec toRequest(String id, TimeSpan start) {
        return new RequestSpec(id, method, body, response, null, null, start, processing, null);
    }
}
