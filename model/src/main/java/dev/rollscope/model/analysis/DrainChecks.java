package dev.rollscope.model.analysis;

import static dev.rollscope.model.topology.FrontSettings.DRAIN_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_KEEPALIVE;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_KEEPALIVE_TIME;

import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;

/**
 * Connection draining (domain.md §9.7, §9.8, §9.9), where the front drains a leaving instance
 * ({@link Hop#frontDrains}: not a Kong pod behind an externalTrafficPolicy Cluster Service, §10). The last request a GCP load balancer sends to
 * a leaving instance arrives just before it stops choosing it, and must be done within the drain:
 * it fails exactly when T_req(h) exceeds drainTimeout. A caller that pools connections through a
 * draining L4 hop can send on one until the drain ends (§8.8): unless its pooled connections die
 * sooner (keepalive_time + T_req ≤ drain), some request can be cut, as soon as there is more than
 * one to share a connection.
 */
final class DrainChecks implements Check {

    @Override
    public void evaluate(CheckContext ctx, List<Finding> out) {
        for (int i = 0; i < ctx.hops(); i++) {
            Hop h = ctx.hop(i);
            if (!h.settings().has(DRAIN_TIMEOUT)) {
                continue;
            }
            if (!h.frontDrains()) {
                if (!h.isDefault(DRAIN_TIMEOUT)) {
                    out.add(new FindingBuilder(Severity.INFO, "drain-not-applied", h).setting(h, DRAIN_TIMEOUT)
                            .args(h.get(DRAIN_TIMEOUT)).build());
                }
                continue;
            }
            long need = ctx.worstResidence(i);
            TimeSpan drain = h.get(DRAIN_TIMEOUT);
            if (need > drain.millis()) {
                out.add(new FindingBuilder(ctx.whenRolled(h), "drain", h).setting(h, DRAIN_TIMEOUT)
                        .fix(h, DRAIN_TIMEOUT, TimeSpan.wholeSecondsAtLeast(need)).args(drain, need, h.front()).build());
            }
            if (!h.kind().isL7()) {
                pooledThrough(ctx, i, need, out);
            }
        }
    }

    /** The L7 hop (or none: the client) whose connections pass through L4 hop {@code l4}. */
    private static void pooledThrough(CheckContext ctx, int l4, long need, List<Finding> out) {
        int c = l4 - 1;
        while (c >= 0 && !ctx.hop(c).kind().isL7()) {
            c--;
        }
        // a caller without a keepalive_time (Kong) has no reuse bound this check can weigh
        if (c < 0 || !KeepaliveChecks.pools(ctx.hop(c)) || !ctx.hop(c).settings().has(UPSTREAM_KEEPALIVE_TIME)) {
            return;
        }
        Hop caller = ctx.hop(c);
        Hop b = ctx.hop(l4);
        if (caller.get(UPSTREAM_KEEPALIVE_TIME).millis() + need > b.get(DRAIN_TIMEOUT).millis()) {
            boolean shared = ctx.workload.size() > 1 || ctx.scenario.traffic() != null;
            out.add(new FindingBuilder(shared ? ctx.whenRolled(b) : Severity.WARNING, "pooled-through-l4", caller)
                    .setting(caller, UPSTREAM_KEEPALIVE).setting(caller, UPSTREAM_KEEPALIVE_TIME).setting(b, DRAIN_TIMEOUT)
                    .fix(caller, UPSTREAM_KEEPALIVE, 0)
                    .args(b.id(), caller.get(UPSTREAM_KEEPALIVE_TIME), b.get(DRAIN_TIMEOUT)).build());
        }
    }
}
