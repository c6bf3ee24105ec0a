package dev.rollscope.app.document;

import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.HopProfile;
import dev.rollscope.model.topology.Platform;

/**
 * The sensible profile for a new hop at a place in the chain. The rules the chain must keep are
 * the model's ({@link dev.rollscope.model.topology.Topology#problemOf}).
 */
final class NewHopProfiles {

    private NewHopProfiles() {
    }

    /**
     * The profile of a new hop of {@code kind} placed after {@code previous} (null at the head):
     * proxies on VMs, Kong and applications on GKE; the head behind the external ALB, a pod after
     * Kong behind Kong's upstream, a pod after a pod behind a Service, anything else behind an
     * internal TCP load balancer (a VM cannot reach a ClusterIP).
     */
    static HopProfile profileFor(HopKind kind, Hop previous) {
        Platform platform = switch (kind) {
            case KONG, APP_RUNTIME, GENERIC_L7 -> Platform.GKE_DEPLOYMENT;
            case NGINX_L7, NGINX_L4, GENERIC_L4 -> Platform.GCE_MIG;
        };
        return new HopProfile(kind, platform, frontFor(platform, previous));
    }

    private static FrontKind frontFor(Platform platform, Hop previous) {
        if (previous == null) {
            return FrontKind.GCP_EXTERNAL_ALB;
        }
        if (platform == Platform.GCE_MIG) {
            return FrontKind.GCP_INTERNAL_TCP_LB;
        }
        if (previous.kind() == HopKind.KONG) {
            return FrontKind.KONG_UPSTREAM;
        }
        return previous.platform() == Platform.GKE_DEPLOYMENT ? FrontKind.K8S_SERVICE : FrontKind.GCP_INTERNAL_TCP_LB;
    }
}
