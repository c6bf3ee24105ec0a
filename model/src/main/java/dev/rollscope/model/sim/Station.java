package dev.rollscope.model.sim;

/**
 * A place a request passes through on its way in and out: the client, the L7 load balancer
 * (Google Front End) in front of a hop, or a hop. Stations are numbered from the client (0)
 * outwards; {@link SimulationResult#stations()} lists them.
 *
 * @param index position in the chain, 0 = the client
 * @param kind  what the station is
 * @param hop   index of the hop in the topology it belongs to, or -1 for the client
 */
public record Station(int index, Kind kind, int hop) {

    /** What a station is. */
    public enum Kind {
        /** The client that sends the request and receives the response. */
        CLIENT,
        /** An L7 load balancer in front of a hop (a GCP external ALB): a proxy with no instances of ours. */
        FRONT_PROXY,
        /** A hop: one of its instances carries the request. */
        HOP
    }

    public boolean isClient() {
        return kind == Kind.CLIENT;
    }

    public boolean isHop() {
        return kind == Kind.HOP;
    }
}
