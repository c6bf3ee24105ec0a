package dev.rollscope.model.sim.engine;

import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.SessionAffinity;
import java.util.HashMap;
import java.util.Map;

/**
 * The session affinity of every front (domain.md §12): which backend a client's next connection
 * gets. A front with affinity pins a key (the client, or the address of the proxy in front of it) to
 * the instance it first gave that key, and gives the key that instance again while it is in the
 * front's view; once it leaves the view (drained, unhealthy, deleted: "affinity is best effort",
 * §12) or the pin expires, the front picks anew and pins the key there. Only that key moves, as
 * with a consistent hash (Kong's ketama, nginx {@code hash … consistent}); a ring's remapping of
 * other keys when an instance joins is not modelled. Affinity only chooses where a connection
 * goes: a request in flight is never moved, so it survives or fails exactly as without affinity.
 *
 * <p>A connection that failed on its pinned instance is retried elsewhere (nginx and Kong mark the
 * peer tried and hash again), except behind a Kubernetes Service, whose ClientIP rule keeps sending
 * the client to the pinned endpoint for as long as kube-proxy lists it.
 */
final class Affinity {

    /** One pin: the instance a key goes to, since when, last used when, and the request that made it. */
    private record Pin(Instance to, long since, long lastUsed, int owner) {
    }

    private final Chain chain;
    private final Fleet fleet;
    private final SessionAffinity.Key[] key;
    /** The station whose connection the front sees the source address of (an ADDRESS key): see {@link #keyOf}. */
    private final int[] source;
    /** A pin lasts this long from when it was made (a generated cookie's TTL), or {@link Chain#NONE}. */
    private final long[] lifetime;
    /** A pin is forgotten after this long unused (a Service's ClientIP timeout), or {@link Chain#NONE}. */
    private final long[] idle;
    private final boolean[] stickyOnFailure;
    private final Map<String, Pin>[] pins;

    @SuppressWarnings("unchecked")
    Affinity(Chain chain, Fleet fleet) {
        this.chain = chain;
        this.fleet = fleet;
        key = new SessionAffinity.Key[chain.size];
        source = new int[chain.size];
        lifetime = new long[chain.size];
        idle = new long[chain.size];
        stickyOnFailure = new boolean[chain.size];
        pins = new Map[chain.size];
        for (int s = 0; s < chain.size; s++) {
            key[s] = SessionAffinity.Key.NONE;
            lifetime[s] = Chain.NONE;
            idle[s] = Chain.NONE;
            if (s > 0 && !chain.frontProxy[s]) {
                compile(s, chain.hopAt(s));
            }
            pins[s] = key[s] == SessionAffinity.Key.NONE ? Map.of() : new HashMap<>();
        }
    }

    private void compile(int s, Hop h) {
        source[s] = switch (h.front()) {
            case GCP_EXTERNAL_ALB -> 0;
            case GCP_INTERNAL_TCP_LB, K8S_SERVICE -> s - 1;
            case KONG_UPSTREAM -> s - 2;
        };
        key[s] = switch (h.front()) {
            case GCP_EXTERNAL_ALB, GCP_INTERNAL_TCP_LB, K8S_SERVICE -> h.get(FrontSettings.SESSION_AFFINITY).key();
            case KONG_UPSTREAM -> h.get(FrontSettings.HASH_ON).key();
        };
        lifetime[s] = switch (h.front()) {
            case GCP_EXTERNAL_ALB -> cookieLifetime(h);
            case GCP_INTERNAL_TCP_LB, K8S_SERVICE, KONG_UPSTREAM -> Chain.NONE;
        };
        idle[s] = switch (h.front()) {
            case K8S_SERVICE -> h.get(FrontSettings.AFFINITY_TIMEOUT).millis();
            case GCP_EXTERNAL_ALB, GCP_INTERNAL_TCP_LB, KONG_UPSTREAM -> Chain.NONE;
        };
        stickyOnFailure[s] = switch (h.front()) {
            case K8S_SERVICE -> true;
            case GCP_EXTERNAL_ALB, GCP_INTERNAL_TCP_LB, KONG_UPSTREAM -> false;
        };
    }

    /** A generated cookie's TTL, when it has one; otherwise {@link Chain#NONE}: the pin does not expire. */
    private static long cookieLifetime(Hop h) {
        long ttl = h.get(FrontSettings.AFFINITY_COOKIE_TTL).millis();
        boolean generated = h.get(FrontSettings.SESSION_AFFINITY) == SessionAffinity.GENERATED_COOKIE;
        return generated && ttl > 0 ? ttl : Chain.NONE;
    }

    /** True when the front of station k pins. */
    boolean pins(int k) {
        return key[k] != SessionAffinity.Key.NONE;
    }

    /**
     * What the front of station k pins request r by: its client, or the source address it sees.
     * The GFE sees the user's address; a passthrough NLB and kube-proxy the caller's (a proxy
     * instance, or the client straight); Kong, a part of the caller, the address that reached
     * Kong: a proxy instance before it, the client, or a GFE (Google's proxies, one key for all
     * users). Behind a GKE Service with externalTrafficPolicy Cluster the real source is a node's
     * address; the instance before stands for it.
     */
    String keyOf(RequestRun r, int k) {
        return switch (key[k]) {
            case NONE -> null;
            case CLIENT -> r.type.clientKey(r.index);
            case ADDRESS -> addressOf(r, source[k]);
        };
    }

    private String addressOf(RequestRun r, int s) {
        if (s <= 0) {
            return r.type.clientKey(r.index);
        }
        return chain.frontProxy[s] ? "@GFE" : "@" + fleet.get(r.inst[s]).id;
    }

    /**
     * The backend the front of station k gives key at time t: its pinned instance while that is in
     * the front's view and the pin has not expired; null when the front picks anew.
     */
    Instance backendFor(int k, String key, long t) {
        Pin p = pins[k].get(key);
        if (p == null || t - p.since >= lifetime[k] || t - p.lastUsed >= idle[k]
                || !fleet.view(chain.hop[k]).contains(p.to)) {
            return null;
        }
        return p.to;
    }

    /**
     * The pin request r follows at station k at time t, or null: as {@link #backendFor}, but a
     * connection that failed on its pin goes elsewhere (unless a Service keeps it), and when
     * {@code ownOnly} only a pin r made itself counts (the danger search, see {@link Routing}).
     */
    Instance pinnedFor(RequestRun r, int k, long t, boolean ownOnly) {
        String k0 = keyOf(r, k);
        Instance to = backendFor(k, k0, t);
        if (to == null || (ownOnly && pins[k].get(k0).owner != r.index)
                || (to.index == r.refusedInstance && !stickyOnFailure[k])) {
            return null;
        }
        Pin p = pins[k].get(k0);
        pins[k].put(k0, new Pin(p.to, p.since, t, p.owner));
        return to;
    }

    /** Pins r's key at station k to x, from time t. */
    void pin(RequestRun r, int k, Instance x, long t) {
        pins[k].put(keyOf(r, k), new Pin(x, t, t, r.index));
    }
}
