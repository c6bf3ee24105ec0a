package dev.rollscope.model.topology;

/**
 * How the front of a pod hop learns that a pod is leaving, and what it does to the pod's
 * connections (domain.md §5, §6, §10).
 */
public enum EndpointRemoval {
    /**
     * kube-proxy or Kong stops choosing the pod once the endpoint change reaches it (the
     * propagation delay); connections already open stay until a side closes them (§6, §10.2).
     */
    PROPAGATED,
    /**
     * A GCP load balancer removes the pod (a container-native NEG, §10.3) or the pod's node (a
     * GCE_VM_IP NEG with externalTrafficPolicy Local, §10.2) after the propagation delay, and
     * drains it: after drainTimeout its remaining connections are closed (a proxy) or their
     * packets dropped (a passthrough NLB).
     */
    DRAINED,
    /**
     * The pod's node stays a backend of a passthrough NLB (instance groups, externalTrafficPolicy
     * Local): new flows reach it until the node's health check fails, interval × unhealthy
     * threshold later; nothing is drained (§10.2).
     */
    HEALTH_CHECKED
}
