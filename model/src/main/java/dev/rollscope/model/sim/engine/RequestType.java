package dev.rollscope.model.sim.engine;

import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.units.TimeSpan;

/**
 * What the engine needs of a kind of request, computed once: a scenario's own request, or one
 * entry of its traffic mix (whose requests differ only in their start).
 */
final class RequestType {

    private final RequestSpec spec;
    private final MixEntry entry;
    final String method;
    final boolean idempotent;
    final long body;
    final long response;
    final long uploadBps;
    final long downloadBps;
    final long processing;
    final ClientTiming client;
    /** The client's id for session affinity (domain.md §12), or null: each request is a client of its own. */
    private final String clientId;
    final Plan plan;
    /** When the request's database transaction begins and commits, ms from the start of processing; -1: none (§16). */
    final long txBegin;
    final long txCommit;
    /** The request's resumable protocol (domain.md §13), or null: one request carries the body. */
    final ResumableUpload resumable;

    private RequestType(RequestSpec spec, MixEntry entry, Chain chain, long internalBps) {
        this.spec = spec;
        this.entry = entry;
        RequestSpec s = spec != null ? spec : entry.toRequest("x", TimeSpan.ZERO);
        ClientProfile profile = chain.topology.client();
        method = s.method();
        idempotent = s.isIdempotent();
        body = s.body().bytes();
        response = s.response().bytes();
        uploadBps = s.upload() != null ? s.upload().bitsPerSecond() : profile.upload().bitsPerSecond();
        downloadBps = s.download() != null ? s.download().bitsPerSecond() : profile.download().bitsPerSecond();
        processing = s.processing() != null ? s.processing().millis() : chain.processing[chain.lastStation()];
        client = new ClientTiming(s.client(), uploadBps, downloadBps);
        clientId = s.client().id();
        plan = new Plan(chain, body, response, uploadBps, downloadBps, processing, internalBps, client);
        txBegin = s.transaction() == null ? -1 : s.transaction().from().millis();
        txCommit = s.transaction() == null ? -1 : s.transaction().commitAt().millis();
        resumable = s.resumable();
    }

    static RequestType of(RequestSpec spec, Chain chain, long internalBps) {
        return new RequestType(spec, null, chain, internalBps);
    }

    static RequestType of(MixEntry entry, Chain chain, long internalBps) {
        return new RequestType(null, entry, chain, internalBps);
    }

    /** The id of the request; a mix request is its entry's name and its place among the mix's requests. */
    String id(int mixSequence) {
        return spec != null ? spec.id() : entry.name() + "." + mixSequence;
    }

    /** Who sends request {@code index}: its client's id, or the request itself when the client has none. */
    String clientKey(int index) {
        return clientId != null ? clientId : "request#" + index;
    }

    RequestSpec spec(int mixSequence, long start) {
        return spec != null ? spec : entry.toRequest(id(mixSequence), TimeSpan.ofMillis(start));
    }
}
