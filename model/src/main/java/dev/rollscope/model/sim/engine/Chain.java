package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.topology.LifecycleSettings.PROCESSING_TIME;
import static dev.rollscope.model.topology.ProxySettings.CLIENT_BODY_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.CLIENT_HEADER_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.CLIENT_MAX_BODY_SIZE;
import static dev.rollscope.model.topology.ProxySettings.CONNECT_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.KEEPALIVE_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.NEXT_UPSTREAM;
import static dev.rollscope.model.topology.ProxySettings.NEXT_UPSTREAM_NON_IDEMPOTENT;
import static dev.rollscope.model.topology.ProxySettings.NEXT_UPSTREAM_TRIES;
import static dev.rollscope.model.topology.ProxySettings.REQUEST_BUFFERING;
import static dev.rollscope.model.topology.ProxySettings.RESPONSE_BUFFERING;
import static dev.rollscope.model.topology.ProxySettings.RETRIES;
import static dev.rollscope.model.topology.ProxySettings.SEND_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.STREAM_IDLE_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_KEEPALIVE;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_KEEPALIVE_TIME;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_KEEPALIVE_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_READ_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_SEND_TIMEOUT;

import dev.rollscope.model.sim.Station;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The topology compiled into stations (client, GFE fronts, hops) with every number the request
 * path needs in primitive arrays. Station 0 is the client; a hop whose front is an L7 proxy (a GCP
 * external ALB) gets a front station just before its own.
 *
 * <p>A <em>segment</em> is one HTTP connection: from a caller (the client or an L7 station) to the
 * next L7 station, through any L4 hops between them (domain.md §4: an L4 hop only forwards bytes).
 */
final class Chain {

    static final long NONE = Long.MAX_VALUE;

    final Topology topology;
    final List<Station> stations = new ArrayList<>();
    final int size;
    final int[] hop;
    final int[] stationOfHop;
    final boolean[] frontProxy;
    final boolean[] l7;
    /** A new connection to the station is balanced per connection by a VIP (a passthrough NLB, a ClusterIP Service). */
    private final boolean[] vip;
    final boolean[] terminal;
    final boolean[] requestBuffering;
    final boolean[] responseBuffering;
    final long[] maxBody;
    final long[] readTimeout;
    final long[] sendTimeout;
    final long[] connectTimeout;
    final long[] idleTimeout;
    final long[] backendTimeout;
    /** nginx's client-side timers (domain.md §15); none at the GFE, whose are undocumented (§1, §15). */
    final long[] clientHeaderTimeout;
    final long[] clientBodyTimeout;
    final long[] clientSendTimeout;
    final boolean[] nextUpstream;
    final boolean[] nonIdempotent;
    /** Upstream attempts a caller allows: nginx tries (0 = per server), Kong retries + 1, GFE retries + 1. */
    final int[] tries;
    final boolean[] triesPerServer;
    final int[] poolSize;
    final long[] poolIdle;
    final long[] poolLifetime;
    final long[] serverKeepalive;
    final long[] processing;
    /** For a caller: the L7 station its segment ends at. */
    final int[] callee;
    /** For a body source: the station its body stretch ends at (the next buffering station or the app). */
    final int[] bodySink;
    /** For a response source: the station its response stretch ends at (the previous buffering station or 0). */
    final int[] responseSink;

    Chain(Topology topology) {
        this.topology = topology;
        List<Hop> hops = topology.hops();
        stations.add(new Station(0, Station.Kind.CLIENT, -1));
        stationOfHop = new int[hops.size()];
        for (int h = 0; h < hops.size(); h++) {
            if (hops.get(h).front().isProxy()) {
                stations.add(new Station(stations.size(), Station.Kind.FRONT_PROXY, h));
            }
            stationOfHop[h] = stations.size();
            stations.add(new Station(stations.size(), Station.Kind.HOP, h));
        }
        size = stations.size();
        hop = new int[size];
        frontProxy = new boolean[size];
        l7 = new boolean[size];
        vip = new boolean[size];
        terminal = new boolean[size];
        requestBuffering = new boolean[size];
        responseBuffering = new boolean[size];
        maxBody = new long[size];
        readTimeout = filled(NONE);
        sendTimeout = filled(NONE);
        connectTimeout = filled(NONE);
        idleTimeout = filled(NONE);
        backendTimeout = filled(NONE);
        clientHeaderTimeout = filled(NONE);
        clientBodyTimeout = filled(NONE);
        clientSendTimeout = filled(NONE);
        nextUpstream = new boolean[size];
        nonIdempotent = new boolean[size];
        tries = new int[size];
        triesPerServer = new boolean[size];
        poolSize = new int[size];
        poolIdle = new long[size];
        poolLifetime = filled(NONE);
        serverKeepalive = filled(NONE);
        processing = new long[size];
        callee = new int[size];
        bodySink = new int[size];
        responseSink = new int[size];
        compileStations();
        linkSegments();
    }

    private long[] filled(long v) {
        long[] a = new long[stations.size()];
        Arrays.fill(a, v);
        return a;
    }

    private void compileStations() {
        hop[0] = -1;
        l7[0] = true;
        tries[0] = 1;
        for (int s = 1; s < size; s++) {
            Station st = stations.get(s);
            hop[s] = st.hop();
            Hop h = topology.hops().get(st.hop());
            vip[s] = vip(h.front());
            if (st.kind() == Station.Kind.FRONT_PROXY) {
                compileFrontProxy(s, h);
            } else {
                compileHop(s, h);
            }
        }
    }

    /** The GFE: streams both ways (assumption), whole-response budget, retries idempotent requests (§1). */
    private void compileFrontProxy(int s, Hop h) {
        frontProxy[s] = true;
        l7[s] = true;
        backendTimeout[s] = h.get(FrontSettings.BACKEND_TIMEOUT).millis();
        nextUpstream[s] = true;
        tries[s] = 1 + h.get(FrontSettings.RETRIES);
    }

    private void compileHop(int s, Hop h) {
        HopKind kind = h.kind();
        l7[s] = kind.isL7();
        terminal[s] = kind.isTerminal();
        requestBuffering[s] = flag(h, REQUEST_BUFFERING) || terminal[s];
        responseBuffering[s] = flag(h, RESPONSE_BUFFERING);
        maxBody[s] = EngineSettings.on(h, CLIENT_MAX_BODY_SIZE) ? h.get(CLIENT_MAX_BODY_SIZE).bytes() : 0;
        readTimeout[s] = millis(h, UPSTREAM_READ_TIMEOUT);
        sendTimeout[s] = millis(h, UPSTREAM_SEND_TIMEOUT);
        connectTimeout[s] = millis(h, CONNECT_TIMEOUT);
        idleTimeout[s] = millis(h, STREAM_IDLE_TIMEOUT);
        clientHeaderTimeout[s] = millis(h, CLIENT_HEADER_TIMEOUT);
        clientBodyTimeout[s] = millis(h, CLIENT_BODY_TIMEOUT);
        clientSendTimeout[s] = millis(h, SEND_TIMEOUT);
        serverKeepalive[s] = millis(h, KEEPALIVE_TIMEOUT);
        processing[s] = EngineSettings.on(h, PROCESSING_TIME) ? h.get(PROCESSING_TIME).millis() : 0;
        nextUpstream[s] = flag(h, NEXT_UPSTREAM);
        nonIdempotent[s] = flag(h, NEXT_UPSTREAM_NON_IDEMPOTENT);
        if (EngineSettings.on(h, RETRIES)) {
            tries[s] = 1 + h.get(RETRIES);
        } else if (EngineSettings.on(h, NEXT_UPSTREAM_TRIES)) {
            int t = h.get(NEXT_UPSTREAM_TRIES);
            tries[s] = t;
            triesPerServer[s] = true;
        } else {
            tries[s] = 1;
        }
        poolSize[s] = EngineSettings.on(h, UPSTREAM_KEEPALIVE) ? h.get(UPSTREAM_KEEPALIVE) : 0;
        poolIdle[s] = EngineSettings.on(h, UPSTREAM_KEEPALIVE_TIMEOUT) ? h.get(UPSTREAM_KEEPALIVE_TIMEOUT).millis() : 0;
        poolLifetime[s] = millis(h, UPSTREAM_KEEPALIVE_TIME);
    }

    private static boolean flag(Hop h, Setting<Boolean> s) {
        return EngineSettings.on(h, s) && h.get(s);
    }

    private static long millis(Hop h, Setting<TimeSpan> s) {
        return EngineSettings.on(h, s) ? h.get(s).millis() : NONE;
    }

    private void linkSegments() {
        for (int s = 0; s < size; s++) {
            callee[s] = -1;
            if (l7[s] && !terminal[s]) {
                int d = s + 1;
                while (!l7[d]) {
                    d++;
                }
                callee[s] = d;
            }
            int sink = s + 1;
            while (sink < size && !(l7[sink] && requestBuffering[sink])) {
                sink++;
            }
            bodySink[s] = Math.min(sink, size - 1);
            int back = s - 1;
            while (back > 0 && !(l7[back] && responseBuffering[back])) {
                back--;
            }
            responseSink[s] = Math.max(back, 0);
        }
    }

    /** True when a new connection to station s is balanced per connection by a VIP (pooled ones bypass it). */
    boolean vipRouted(int s) {
        return vip[s];
    }

    private static boolean vip(FrontKind f) {
        return switch (f) {
            case GCP_INTERNAL_TCP_LB, K8S_SERVICE -> true;
            case GCP_EXTERNAL_ALB, KONG_UPSTREAM -> false;
        };
    }

    /** The nearest station before k that speaks HTTP (or the client): it sees k's connection break. */
    int observer(int k) {
        int c = k - 1;
        while (c > 0 && !l7[c]) {
            c--;
        }
        return c;
    }

    FrontKind frontOf(int s) {
        return topology.hops().get(hop[s]).front();
    }

    Hop hopAt(int s) {
        return topology.hops().get(hop[s]);
    }

    /** True for a body source: the client or a station that buffers the whole body. */
    boolean bodySource(int s) {
        return s == 0 || (l7[s] && requestBuffering[s] && !terminal[s]);
    }

    /** True for a response source: the app, or a station that buffers the response. */
    boolean responseSource(int s) {
        return terminal[s] || (l7[s] && responseBuffering[s] && !frontProxy[s]);
    }

    int lastStation() {
        return size - 1;
    }

    String hopId(int s) {
        return s == 0 ? "client" : topology.hops().get(hop[s]).id();
    }
}
