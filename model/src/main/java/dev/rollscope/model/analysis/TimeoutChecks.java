package dev.rollscope.model.analysis;

import static dev.rollscope.model.topology.FrontSettings.BACKEND_TIMEOUT;
import static dev.rollscope.model.topology.FrontSettings.CONNTRACK_IDLE_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.CLIENT_MAX_BODY_SIZE;
import static dev.rollscope.model.topology.ProxySettings.STREAM_IDLE_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_READ_TIMEOUT;

import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;

/**
 * The limits every request meets, rollout or not (domain.md §9.1, §9.3, §9.4, §9.5): body size,
 * the GFE's whole-exchange budget, per-read timeouts, and L4 idle timeouts. Each fails exactly when
 * the request needs more than the limit (at equality the byte arrives first).
 */
final class TimeoutChecks implements Check {

    @Override
    public void evaluate(CheckContext ctx, List<Finding> out) {
        for (int i = 0; i < ctx.hops(); i++) {
            Hop h = ctx.hop(i);
            bodyLimit(ctx, h, out);
            if (h.settings().has(BACKEND_TIMEOUT)) {
                exceeds(out, h, "lb-backend-timeout", BACKEND_TIMEOUT, ctx.worstResidence(i), 0);
            }
            if (h.settings().has(UPSTREAM_READ_TIMEOUT) && ctx.worstFirstByteWait(i) >= 0) {
                exceeds(out, h, "read-timeout", UPSTREAM_READ_TIMEOUT, ctx.worstFirstByteWait(i), 1000);
            }
            if (h.settings().has(STREAM_IDLE_TIMEOUT)) {
                exceeds(out, h, "stream-idle-timeout", STREAM_IDLE_TIMEOUT, ctx.worstSilence(i), 1000);
            }
            if (h.settings().has(CONNTRACK_IDLE_TIMEOUT) && ctx.worstSilence(i) > h.get(CONNTRACK_IDLE_TIMEOUT).millis()) {
                out.add(new FindingBuilder(Severity.WARNING, "conntrack-idle", h).setting(h, CONNTRACK_IDLE_TIMEOUT)
                        .args(h.get(CONNTRACK_IDLE_TIMEOUT), ctx.worstSilence(i)).build());
            }
        }
    }

    /** §9.1: a body over an nginx hop's limit gets 413 (Kong's 0 means none). */
    private static void bodyLimit(CheckContext ctx, Hop h, List<Finding> out) {
        if (!h.settings().has(CLIENT_MAX_BODY_SIZE)) {
            return;
        }
        ByteSize limit = h.get(CLIENT_MAX_BODY_SIZE);
        long body = ctx.largestBody();
        if (limit.bytes() > 0 && body > limit.bytes()) {
            out.add(new FindingBuilder(Severity.ERROR, "body-limit", h).setting(h, CLIENT_MAX_BODY_SIZE)
                    .fix(h, CLIENT_MAX_BODY_SIZE, ByteSize.ofBytes(body)).args(limit, ByteSize.ofBytes(body)).build());
        }
    }

    /** A timer that the request needs {@code need} ms against; the fix adds {@code margin} ms, rounded up to seconds. */
    private static void exceeds(List<Finding> out, Hop h, String check,
                                Setting<TimeSpan> s, long need, long margin) {
        TimeSpan limit = h.get(s);
        if (need > limit.millis()) {
            out.add(new FindingBuilder(Severity.ERROR, check, h).setting(h, s)
                    .fix(h, s, TimeSpan.wholeSecondsAtLeast(need + margin)).args(limit, need).build());
        }
    }
}
