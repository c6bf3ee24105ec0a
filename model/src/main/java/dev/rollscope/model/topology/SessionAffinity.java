package dev.rollscope.model.topology;

/**
 * A front's session affinity (domain.md §12): what a GCP backend service's {@code sessionAffinity}
 * pins a client by, and a Kubernetes Service's {@code sessionAffinity} ({@code ClientIP} is
 * {@link #CLIENT_IP}, as GKE translates it for the Service's load balancer, §10.1). Only the
 * constants a front supports may be set on it ({@link #allowedBehind}).
 */
public enum SessionAffinity {
    /** No affinity: the front balances every new connection or request (the default). */
    NONE,
    /** By the client's IP address. */
    CLIENT_IP,
    /** By the client's IP address only, whatever address it reached (passthrough NLB). */
    CLIENT_IP_NO_DESTINATION,
    /** By client IP, port and protocol: every new connection may land elsewhere. */
    CLIENT_IP_PORT_PROTO,
    /** By client IP and protocol. */
    CLIENT_IP_PROTO,
    /** By a cookie the load balancer sets on the first response (affinityCookieTtlSec). */
    GENERATED_COOKIE,
    /** By a request header's value. */
    HEADER_FIELD,
    /** By a cookie of the application's, hashed. */
    HTTP_COOKIE,
    /** By a cookie that names the backend itself. */
    STRONG_COOKIE_AFFINITY;

    /** What the front reads to pin a client. */
    public enum Key {
        /** Nothing: no pin. */
        NONE,
        /** The source address of the connection: the client's, or the proxy's in front. */
        ADDRESS,
        /** Something the client sends with every request (a cookie or header): the client itself. */
        CLIENT
    }

    public Key key() {
        return switch (this) {
            case NONE -> Key.NONE;
            case CLIENT_IP, CLIENT_IP_NO_DESTINATION, CLIENT_IP_PROTO -> Key.ADDRESS;
            // a new source port per connection: pins nothing across connections (a Rollscope request is one)
            case CLIENT_IP_PORT_PROTO -> Key.NONE;
            case GENERATED_COOKIE, HEADER_FIELD, HTTP_COOKIE, STRONG_COOKIE_AFFINITY -> Key.CLIENT;
        };
    }

    /**
     * True when a front of this kind supports the constant: the external ALB all of them, a
     * passthrough NLB only those by address (it sees no HTTP), a Service only None and ClientIP.
     */
    public boolean allowedBehind(FrontKind front) {
        return switch (front) {
            case GCP_EXTERNAL_ALB -> this != CLIENT_IP_NO_DESTINATION;
            case GCP_INTERNAL_TCP_LB -> key() != Key.CLIENT;
            case K8S_SERVICE -> this == NONE || this == CLIENT_IP;
            case KONG_UPSTREAM -> this == NONE;
        };
    }
}
