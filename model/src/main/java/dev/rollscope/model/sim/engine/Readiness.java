package dev.rollscope.model.sim.engine;

import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.LifecycleSettings;

/**
 * When a started instance passes its readiness probe or health check, and when a failed one is
 * noticed. Probes run on a fixed period from the instance's creation.
 */
final class Readiness {

    private Readiness() {
    }

    /**
     * The time a new instance turns ready: the first probe at or after it listens, plus
     * (threshold - 1) more periods. Pods: readiness probe initialDelay/period/successThreshold
     * (domain.md §6). VMs: the load balancer's health check interval/healthyThreshold (§1).
     */
    static long readyAt(Hop hop, long created, long listening) {
        return switch (hop.platform()) {
            case GKE_DEPLOYMENT -> passedAt(listening,
                    created + hop.get(LifecycleSettings.READINESS_INITIAL_DELAY).millis(),
                    hop.get(LifecycleSettings.READINESS_PERIOD).millis(),
                    hop.get(LifecycleSettings.READINESS_SUCCESS_THRESHOLD));
            case GCE_MIG -> passedAt(listening, created, hop.get(FrontSettings.HEALTH_CHECK_INTERVAL).millis(),
                    hop.get(FrontSettings.HEALTHY_THRESHOLD));
        };
    }

    /** Probes at first, first + period, ...: the one at or after listening, plus (threshold - 1) periods. */
    private static long passedAt(long listening, long first, long period, int threshold) {
        long k = listening <= first ? 0 : (listening - first + period - 1) / period;
        return first + (k + threshold - 1) * period;
    }

    /**
     * When a GCP health check notices that a VM which died at {@code died} is unhealthy: its first
     * probe after the death times out, and unhealthyThreshold failures in a row mark it (§1).
     */
    static long unhealthyAt(Hop hop, long created, long died) {
        long period = hop.get(FrontSettings.HEALTH_CHECK_INTERVAL).millis();
        long timeout = hop.get(FrontSettings.HEALTH_CHECK_TIMEOUT).millis();
        int threshold = hop.get(FrontSettings.UNHEALTHY_THRESHOLD);
        long k = died <= created ? 0 : (died - created + period - 1) / period;
        long firstProbe = created + k * period;
        return firstProbe + (threshold - 1) * period + timeout;
    }
}
