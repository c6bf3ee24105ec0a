package dev.rollscope.model.sim.engine;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.topology.Topology;

/**
 * How long one request spends at each hop when nothing disturbs it, by the engine's own transfer
 * rules (the same {@link Plan}): what domain.md §9 calls T_req(h), the wait for the first byte and
 * the silences. Static checks and the sweep read it; hop indices are the topology's. For a
 * resumable upload these are its first (largest) chunk's: a hop carries one chunk at a time.
 */
public final class RequestTiming {

    private final Chain chain;
    private final Plan plan;
    private final long txCommit;

    private RequestTiming(Chain chain, Plan plan, long txCommit) {
        this.chain = chain;
        this.plan = plan;
        this.txCommit = txCommit;
    }

    public static RequestTiming of(Topology topology, RequestSpec request) {
        Chain chain = new Chain(topology);
        RequestSpec one = request.resumable() == null ? request : ResumableUploads.firstChunk(request);
        RequestType type = RequestType.of(one, chain, topology.network().internalBandwidth().bitsPerSecond());
        return new RequestTiming(chain, type.plan, type.txCommit);
    }

    /** T_req(h): from the request's headers reaching hop h to h having sent the whole response back. */
    public long residence(int hop) {
        return plan.residence(chain.stationOfHop[hop]);
    }

    /**
     * For an L7 hop that calls the next one: from having sent the whole request to the first
     * response byte, the time its read timeout must cover. -1 for a hop that calls no one.
     */
    public long firstByteWait(int hop) {
        int s = chain.stationOfHop[hop];
        return chain.callee[s] < 0 ? -1 : plan.firstByteWait(chain, s);
    }

    /** For an L4 hop: the silence while the application works, which its idle timeout must outlast. */
    public long silence(int hop) {
        int s = chain.stationOfHop[hop];
        return plan.responseStart - plan.bodyIn[s];
    }

    /**
     * From the request's headers reaching the application (the last hop) to its database
     * transaction's commit (domain.md §16), or -1 when it has no transaction.
     */
    public long commitAfterHeaders() {
        int s = chain.lastStation();
        return txCommit < 0 ? -1 : plan.bodyIn[s] - plan.headers[s] + txCommit;
    }

    /** The whole time the client waits. */
    public long total() {
        return plan.total();
    }

    /**
     * True for a request whose client stops reading (domain.md §15): it never ends by itself, its
     * times at the hops that send it the response are unbounded, and only send_timeout ends it.
     */
    public boolean endless() {
        return plan.total() >= ClientTiming.NEVER / 2;
    }
}
