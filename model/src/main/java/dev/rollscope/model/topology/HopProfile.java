package dev.rollscope.model.topology;

import java.util.ArrayList;
import java.util.List;
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

    /** False for a front that needs pods on VMs: only the GCP load balancers front a MIG. */
    public boolean allowed() {
        return front.isGcp() || platform == Platform.GKE_DEPLOYMENT;
    }

    /** Every profile a hop may have, in enum order (kind, then platform, then front). */
    public static List<HopProfile> all() {
        List<HopProfile> out = new ArrayList<>();
        for (HopKind k : HopKind.values()) {
            for (Platform p : Platform.values()) {
                for (FrontKind f : FrontKind.values()) {
                    HopProfile profile = new HopProfile(k, p, f);
                    if (profile.allowed()) {
                        out.add(profile);
                    }
                }
            }
        }
        return out;
    }
}
