package dev.rollscope.model.topology;

/** What runs on a hop's instances. The load balancer in front of a hop is its {@link FrontKind}. */
public enum HopKind {
    /** nginx {@code http}: an L7 reverse proxy (domain.md §2). */
    NGINX_L7(Layer.L7),
    /** nginx {@code stream}: an L4 TCP proxy (domain.md §4). */
    NGINX_L4(Layer.L4),
    /** Kong Gateway data plane, nginx/OpenResty underneath (domain.md §5). */
    KONG(Layer.L7),
    /** The application that answers the request (domain.md §6). Always the last hop. */
    APP_RUNTIME(Layer.L7),
    /** Any other L7 reverse proxy (Envoy, HAProxy in http mode, ...), with neutral defaults. */
    GENERIC_L7(Layer.L7),
    /** Any other L4 TCP proxy, with neutral defaults. */
    GENERIC_L4(Layer.L4);

    /** The protocol layer a hop works at: L7 hops see HTTP requests, L4 hops only bytes. */
    public enum Layer { L4, L7 }

    private final Layer layer;

    HopKind(Layer layer) {
        this.layer = layer;
    }

    public Layer layer() {
        return layer;
    }

    public boolean isL7() {
        return layer == Layer.L7;
    }

    /** True for the kind that answers requests rather than passing them on. */
    public boolean isTerminal() {
        return this == APP_RUNTIME;
    }
}
