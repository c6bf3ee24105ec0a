package dev.rollscope.model.analysis;

import static dev.rollscope.model.topology.ProxySettings.KEEPALIVE_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_KEEPALIVE;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_KEEPALIVE_TIMEOUT;

import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;

/**
 * Keepalive ordering, callee outlives caller (domain.md §9.6, §8.6, §8.13): a server that closes an
 * idle connection before the caller that pools it stops reusing it races the caller's next
 * request (a reset, and a 502 for a POST). The engine does not model that race, so these are
 * warnings.
 */
final class KeepaliveChecks implements Check {

    /** The GFE keeps idle backend connections 600 s, fixed (§1). */
    static final TimeSpan GFE_BACKEND_KEEPALIVE = TimeSpan.ofSeconds(600);

    @Override
    public void evaluate(CheckContext ctx, List<Finding> out) {
        for (int i = 0; i < ctx.hops(); i++) {
            Hop h = ctx.hop(i);
            if (h.front() == FrontKind.GCP_EXTERNAL_ALB && h.settings().has(KEEPALIVE_TIMEOUT)
                    && h.get(KEEPALIVE_TIMEOUT).compareTo(GFE_BACKEND_KEEPALIVE) <= 0) {
                out.add(new FindingBuilder(Severity.WARNING, "keepalive-gfe", h).setting(h, KEEPALIVE_TIMEOUT)
                        .fix(h, KEEPALIVE_TIMEOUT, GFE_BACKEND_KEEPALIVE.plus(TimeSpan.ofSeconds(20)))
                        .args(h.get(KEEPALIVE_TIMEOUT)).build());
            }
            Hop callee = nextL7(ctx, i);
            if (callee != null && pools(h) && callee.settings().has(KEEPALIVE_TIMEOUT)
                    && callee.get(KEEPALIVE_TIMEOUT).compareTo(h.get(UPSTREAM_KEEPALIVE_TIMEOUT)) <= 0) {
                out.add(new FindingBuilder(Severity.WARNING, "keepalive-upstream", callee)
                        .setting(callee, KEEPALIVE_TIMEOUT).setting(h, UPSTREAM_KEEPALIVE_TIMEOUT)
                        .fix(callee, KEEPALIVE_TIMEOUT, h.get(UPSTREAM_KEEPALIVE_TIMEOUT).plus(TimeSpan.ofSeconds(5)))
                        .args(callee.get(KEEPALIVE_TIMEOUT), h.id(), h.get(UPSTREAM_KEEPALIVE_TIMEOUT)).build());
            }
        }
    }

    static boolean pools(Hop h) {
        return h.settings().has(UPSTREAM_KEEPALIVE) && h.get(UPSTREAM_KEEPALIVE) > 0;
    }

    /** The next hop after i that speaks HTTP: the server of i's upstream connections. */
    static Hop nextL7(CheckContext ctx, int i) {
        for (int j = i + 1; j < ctx.hops(); j++) {
            if (ctx.hop(j).kind().isL7()) {
                return ctx.hop(j);
            }
        }
        return null;
    }
}
