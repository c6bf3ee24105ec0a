package dev.rollscope.model.topology;

import java.util.Objects;

/**
 * The three choices that decide which settings a hop has and what their defaults are: what runs
 * on it, where, and what balances traffic to it.
 */
public record HopProfile(HopKind kind, Platform platform, FrontKind front) {

    public HopProfile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(front, "front");
    }
}
