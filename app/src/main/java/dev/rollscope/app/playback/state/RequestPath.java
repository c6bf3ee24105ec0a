package dev.rollscope.app.playback.state;

import java.util.List;

/**
 * The connections that carry one request at one moment: from the client through each station up
 * to the deepest one holding it, with the instance at each (-1 for the client and front proxies).
 * Every link is in {@link #state()}, except that for a cut request only the last link (into the
 * hop that cut) is {@link Link#CUT} and the ones before it wait for the answer it gets.
 */
public record RequestPath(int request, List<Stop> stops, Link state) {

    /** A station on the path and the instance there that holds the request, or -1. */
    public record Stop(int station, int instance) {
    }

    /** What a connection of the path is doing. */
    public enum Link {
        /** The request's body flows towards the deepest station. */
        SENDING_BODY,
        /** Nothing flows: a station processes, buffers or waits for an upstream. */
        WAITING,
        /** The response flows back towards the client. */
        RECEIVING,
        /** The connection was cut here (the last link); the request failed. */
        CUT
    }

    public RequestPath {
        stops = List.copyOf(stops);
    }

    /** No path: a request not sent yet, or answered. */
    static RequestPath none(int request) {
        return new RequestPath(request, List.of(), Link.WAITING);
    }

    /** How many links (stop i-1 to stop i) the path has. */
    public int links() {
        return Math.max(0, stops.size() - 1);
    }

    /** The state of link i (1 ≤ i < stops), the connection from stop i-1 to stop i. */
    public Link link(int i) {
        return state == Link.CUT && i < links() ? Link.WAITING : state;
    }
}
