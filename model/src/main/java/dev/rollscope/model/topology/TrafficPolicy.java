package dev.rollscope.model.topology;

/**
 * A Kubernetes LoadBalancer Service's {@code spec.externalTrafficPolicy} (domain.md §10.1): which
 * endpoints a node that the load balancer picked may deliver to.
 */
public enum TrafficPolicy {
    /** Every node forwards to every ready endpoint of the Service (the default). */
    CLUSTER,
    /** A node delivers only to endpoints on itself, and drops traffic when it has none. */
    LOCAL
}
