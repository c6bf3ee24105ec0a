package dev.rollscope.app.inspector;

import dev.rollscope.model.topology.Hop;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How the inspector reads and writes one field of a hop as text: a setting, or the hop's name,
 * kind, platform, front or replica count.
 *
 * @param id           what the field is called in undo labels: a setting id ({@code proxy.sendTimeout}) or
 *                     {@code hop.name}
 * @param read         the hop's current value, formatted
 * @param write        the hop with the value parsed from text; throws IllegalArgumentException naming the text
 * @param defaultValue the formatted default for the hop's profile, or empty when the field has none
 */
public record HopField(String id, Function<Hop, String> read, BiFunction<Hop, String, Hop> write,
                      Function<Hop, Optional<String>> defaultValue) {
}
