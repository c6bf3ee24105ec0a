package dev.rollscope.model.topology;

/**
 * The load balancer (or Service, or Kong upstream) in front of a hop: it decides which of the
 * hop's instances a new connection goes to, from a view of them that lags the truth.
 */
public enum FrontKind {
    /** GCP global external Application Load Balancer: Google Front Ends, an L7 proxy (domain.md §1). */
    GCP_EXTERNAL_ALB(true),
    /** GCP internal passthrough Network Load Balancer: forwards packets of tracked flows (domain.md §3). */
    GCP_INTERNAL_TCP_LB(false),
    /** A Kubernetes ClusterIP Service: kube-proxy picks a ready endpoint per connection (domain.md §6). */
    K8S_SERVICE(false),
    /** Kong's own balancer over pod-IP targets that the ingress controller syncs (domain.md §5). */
    KONG_UPSTREAM(false);

    private final boolean proxy;

    FrontKind(boolean proxy) {
        this.proxy = proxy;
    }

    /**
     * True when the front is itself an HTTP proxy with timers, retries and status codes of its
     * own (the GFE); false when it only routes connections.
     */
    public boolean isProxy() {
        return proxy;
    }

    /** True for the GCP load balancers, which have backend services with connection draining. */
    public boolean isGcp() {
        return this == GCP_EXTERNAL_ALB || this == GCP_INTERNAL_TCP_LB;
    }
}
