package dev.rollscope.model.scenario;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.units.Bandwidth;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Excerpt;
import dev.rollscope.model.units.TimeSpan;
import java.util.Objects;

/**
 * One request type of a traffic mix, with its weight among the others.
 *
 * @param processing the application's time to first byte, or null for the runtime hop's default
 * @param upload     client upload rate, or null for the topology client's
 * @param download   client download rate, or null for the topology client's
 * @param client     how its clients pause or stall ({@link ClientBehaviour#NONE}: they do not)
 */
public record MixEntry(String name, String method, ByteSize body, ByteSize response, TimeSpan processing,
                       int weight, Bandwidth upload, Bandwidth download, ClientBehaviour client) {

    public MixEntry {
        Objects.requireNonNull(name, "mix entry name");
        if (!RequestSpec.ID.matcher(name).matches()) {
            throw RefusalException.of("mixEntry.badName", Excerpt.quote(name));
        }
        Methods.check(method, Refusal.of("where.mixEntry", name));
        Objects.requireNonNull(body, () -> "mix entry " + name + ": body");
        Objects.requireNonNull(response, () -> "mix entry " + name + ": response");
        if (weight < 1) {
            throw RefusalException.of("mixEntry.weight", name, weight);
        }
        Objects.requireNonNull(client, () -> "mix entry " + name + ": client");
        client.checkWithin(body, response, Refusal.of("where.mixEntry", name));
    }

    /** An entry whose clients send and read at the topology client's rates without a break. */
    public MixEntry(String name, String method, ByteSize body, ByteSize response, TimeSpan processing, int weight) {
        this(name, method, body, response, processing, weight, null, null, ClientBehaviour.NONE);
    }

    /** A request of this type with the given id and start. */
    public RequestSpec toRequest(String id, TimeSpan start) {
        return new RequestSpec(id, method, body, response, upload, download, start, processing, null, client);
    }
}
