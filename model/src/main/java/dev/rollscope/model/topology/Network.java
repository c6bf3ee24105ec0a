package dev.rollscope.model.topology;

import dev.rollscope.model.units.Bandwidth;
import java.util.Objects;

/**
 * The network between hops: the rate at which a hop that has buffered a body (or a response)
 * sends it on. Rollscope's assumption, 1 Gbit/s by default; domain.md §9 calls the resulting time
 * T_lan.
 */
public record Network(Bandwidth internalBandwidth) {

    public static final Network DEFAULT = new Network(Bandwidth.ofMbit(1000));

    public Network {
        Objects.requireNonNull(internalBandwidth, "network.internalBandwidth");
    }
}
