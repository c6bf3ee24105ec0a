package dev.rollscope.model.analysis;

import static dev.rollscope.model.topology.FrontSettings.PROPAGATION_DELAY;
import static dev.rollscope.model.topology.LifecycleSettings.ON_STOP_SIGNAL;
import static dev.rollscope.model.topology.LifecycleSettings.PRE_STOP_SLEEP;
import static dev.rollscope.model.topology.LifecycleSettings.TERMINATION_GRACE_PERIOD;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.engine.RequestTiming;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;

/**
 * A leaving application pod and the database transactions of the requests it carries (domain.md
 * §16, with §6 and §9.10). As in {@link ShutdownChecks}, the last request sent to a leaving pod
 * arrives min(propagation, preStop) after deletion; its transaction commits C later (C: from its
 * headers reaching the pod to the commit). The pod's process ends, closing its database
 * connections, when its preStop ends (an app that exits at once on SIGTERM) or at SIGKILL (a
 * graceful one). So, per request with a transaction:
 * <ul>
 * <li>{@code transaction-rollback}: process end &lt; min(P, S) + C: the transaction is rolled back,
 * nothing is written. The inequality: terminationGracePeriod (graceful) ≥ preStop-or-propagation +
 * time to commit.</li>
 * <li>{@code cut-after-commit}: the commit is in time but the response is not (process end &lt;
 * min(P, S) + T_req): the data is written while the client sees a failure; for a request that is
 * not idempotent (a POST), a retry writes twice.</li>
 * </ul>
 */
final class TransactionChecks implements Check {

    @Override
    public void evaluate(CheckContext ctx, List<Finding> out) {
        int i = ctx.hops() - 1;
        Hop h = ctx.hop(i);
        if (h.kind() != HopKind.APP_RUNTIME || h.platform() != Platform.GKE_DEPLOYMENT) {
            return;
        }
        long stop = h.get(PRE_STOP_SLEEP).millis();
        long arrives = Math.min(h.get(PROPAGATION_DELAY).millis(), stop);
        boolean graceful = h.get(ON_STOP_SIGNAL) == StopBehaviour.GRACEFUL;
        long end = graceful ? ShutdownChecks.kill(h, stop) : stop;
        for (RequestSpec r : ctx.workload) {
            RequestTiming t = RequestTiming.of(ctx.topology, r);
            if (t.commitAfterHeaders() < 0 || t.endless()) {
                continue;
            }
            long commit = arrives + t.commitAfterHeaders();
            long done = arrives + t.residence(i);
            if (commit > end) {
                out.add(fixed(new FindingBuilder(ctx.whenRolled(h), "transaction-rollback", h), h, graceful, commit)
                        .args(r.id(), end, commit).build());
            } else if (done > end && !r.isIdempotent()) {
                out.add(fixed(new FindingBuilder(ctx.whenRolled(h), "cut-after-commit", h), h, graceful, done)
                        .args(r.id(), end, commit, done).build());
            }
        }
    }

    /** The settings and the fix: a graceful stop for an app that exits at once, else a grace period covering {@code until}. */
    private static FindingBuilder fixed(FindingBuilder b, Hop h, boolean graceful, long until) {
        b.setting(h, ON_STOP_SIGNAL).setting(h, TERMINATION_GRACE_PERIOD);
        return graceful ? b.fix(h, TERMINATION_GRACE_PERIOD, TimeSpan.wholeSecondsAtLeast(until))
                : b.fix(h, ON_STOP_SIGNAL, StopBehaviour.GRACEFUL);
    }
}
