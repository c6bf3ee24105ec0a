package dev.rollscope.model.topology;

import dev.rollscope.model.units.Bandwidth;
import java.util.Objects;

/** The client at the head of the chain: how fast it uploads and downloads by default. */
public record ClientProfile(Bandwidth upload, Bandwidth download) {

    public static final ClientProfile DEFAULT = new ClientProfile(Bandwidth.ofMbit(10), Bandwidth.ofMbit(50));

    public ClientProfile {
        Objects.requireNonNull(upload, "client.upload");
        Objects.requireNonNull(download, "client.download");
    }
}
