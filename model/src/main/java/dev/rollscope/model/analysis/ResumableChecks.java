package dev.rollscope.model.analysis;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.ResumableUpload.Protocol;
import dev.rollscope.model.scenario.ResumableUpload.Storage;
import dev.rollscope.model.sim.engine.RequestTiming;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;

/**
 * Resumable uploads (domain.md §13, derived: "what must survive a pod replacement for a resume to
 * work").
 * <ul>
 * <li>upload-on-pod: with the partial upload on the pod's own storage only that pod can take the
 * next chunk: for an upload of several chunks, an error when the application hop rolls or has more
 * than one pod (another pod, or the replacement, answers 404); a warning otherwise ("if it rolled"),
 * and for an upload in one chunk (a retry's HEAD gets 404 and tus starts again from byte 0).</li>
 * <li>resume-deadline (GCS): the client retries a chunk only within its retry deadline from the
 * chunk's first try, the first retry at a random time up to 100 ms after the failure: a chunk cut
 * at its end is retried surely only when T_chunk + 100 ms &lt; retryDeadline (otherwise only when
 * the pause drawn is short enough).</li>
 * </ul>
 */
final class ResumableChecks implements Check {

    @Override
    public void evaluate(CheckContext ctx, List<Finding> out) {
        Hop app = ctx.hop(ctx.hops() - 1);
        for (RequestSpec r : ctx.scenario.requests()) {
            ResumableUpload u = r.resumable();
            if (u == null) {
                continue;
            }
            if (u.store() == Storage.POD) {
                boolean chunked = u.chunks(r.body().bytes()) > 1;
                Severity s = !chunked ? Severity.WARNING : app.replicas() > 1 ? Severity.ERROR : ctx.whenRolled(app);
                out.add(new FindingBuilder(s, "upload-on-pod", app).args(r.id(), app.replicas()).build());
            }
            if (u.protocol() == Protocol.GCS) {
                long chunk = RequestTiming.of(ctx.topology, r).total();
                long needs = chunk + ResumableUpload.backoff(0);
                if (needs >= u.deadline().millis()) {
                    out.add(new FindingBuilder(Severity.WARNING, "resume-deadline", app)
                            .args(r.id(), TimeSpan.ofMillis(chunk).toHuman(), u.deadline(), u.chunkSize() == null
                                    ? ResumableUpload.GCS_DEFAULT_CHUNK : u.chunkSize()).build());
                }
            }
        }
    }
}
