package dev.rollscope.model.analysis;

import static dev.rollscope.model.topology.FrontSettings.PROPAGATION_DELAY;
import static dev.rollscope.model.topology.LifecycleSettings.KONG_QUIT_TIMEOUT;
import static dev.rollscope.model.topology.LifecycleSettings.KONG_QUIT_WAIT;
import static dev.rollscope.model.topology.LifecycleSettings.ON_STOP_SIGNAL;
import static dev.rollscope.model.topology.LifecycleSettings.PRE_STOP_SLEEP;
import static dev.rollscope.model.topology.LifecycleSettings.TERMINATION_GRACE_PERIOD;
import static dev.rollscope.model.topology.ProxySettings.RETRIES;
import static dev.rollscope.model.topology.ProxySettings.WORKER_SHUTDOWN_TIMEOUT;

import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;

/**
 * How a leaving pod ends its requests (domain.md §9.9, §9.10, §6, §8.1, §8.9). Its front keeps
 * choosing it for the propagation delay P after deletion; it listens until its stop begins at S
 * (the preStop sleep, or kong quit's --wait); so the last request it accepts arrives at min(P, S)
 * and needs T_req more. It must be done before the first hard stop: SIGTERM for a process that
 * exits at once (at S), kong quit's TERM (at wait + timeout), worker_shutdown_timeout (at S + w),
 * SIGKILL at the grace period (plus 2 s when the preStop outlasts it). Requests that arrive
 * between S and P are refused: only Kong, whose retries reach another pod (through its own
 * balancer, or again through a Service), saves them.
 */
final class ShutdownChecks implements Check {

    private static final long PRESTOP_EXTENSION = 2_000;

    @Override
    public void evaluate(CheckContext ctx, List<Finding> out) {
        for (int i = 0; i < ctx.hops(); i++) {
            Hop h = ctx.hop(i);
            if (h.platform() == Platform.GKE_DEPLOYMENT) {
                pod(ctx, i, out);
            }
        }
    }

    private static void pod(CheckContext ctx, int i, List<Finding> out) {
        Hop h = ctx.hop(i);
        Severity sev = ctx.whenRolled(h);
        boolean kong = h.kind() == HopKind.KONG;
        long prop = h.get(PROPAGATION_DELAY).millis();
        long stop = kong ? h.get(KONG_QUIT_WAIT).millis() : h.get(PRE_STOP_SLEEP).millis();
        long lastDone = Math.min(prop, stop) + ctx.worstResidence(i);
        if (stop < prop) {
            refused(ctx, i, sev, kong ? KONG_QUIT_WAIT : PRE_STOP_SLEEP, prop, out);
        }
        long hook = kong ? stop + h.get(KONG_QUIT_TIMEOUT).millis() : stop;
        long kill = kill(h, hook);
        if (kong && lastDone > hook) {
            out.add(new FindingBuilder(sev, "kong-quit-timeout", h).setting(h, KONG_QUIT_WAIT)
                    .setting(h, KONG_QUIT_TIMEOUT).fix(h, KONG_QUIT_TIMEOUT, TimeSpan.wholeSecondsAtLeast(lastDone - stop))
                    .args(h.get(KONG_QUIT_WAIT), h.get(KONG_QUIT_TIMEOUT), lastDone).build());
        }
        if (!kong && h.get(ON_STOP_SIGNAL) == StopBehaviour.IMMEDIATE && lastDone > stop) {
            out.add(new FindingBuilder(sev, "stop-at-once", h).setting(h, ON_STOP_SIGNAL).setting(h, PRE_STOP_SLEEP)
                    .fix(h, ON_STOP_SIGNAL, StopBehaviour.GRACEFUL).args(h.get(PRE_STOP_SLEEP), lastDone).build());
        }
        if (h.settings().has(WORKER_SHUTDOWN_TIMEOUT) && !h.get(WORKER_SHUTDOWN_TIMEOUT).isNone()
                && lastDone > stop + h.get(WORKER_SHUTDOWN_TIMEOUT).millis()) {
            out.add(new FindingBuilder(sev, "worker-shutdown-timeout", h).setting(h, WORKER_SHUTDOWN_TIMEOUT)
                    .fix(h, WORKER_SHUTDOWN_TIMEOUT, TimeSpan.wholeSecondsAtLeast(lastDone - stop))
                    .args(h.get(WORKER_SHUTDOWN_TIMEOUT), lastDone - stop).build());
        }
        if (lastDone > kill) {
            TimeSpan needed = TimeSpan.wholeSecondsAtLeast(Math.max(lastDone, hook + 5_000));
            out.add(new FindingBuilder(sev, "grace-period", h).setting(h, TERMINATION_GRACE_PERIOD)
                    .fix(h, TERMINATION_GRACE_PERIOD, needed).args(h.get(TERMINATION_GRACE_PERIOD), lastDone).build());
        }
    }

    /** SIGKILL after deletion: the grace period, plus 2 s when the preStop hook (ending at {@code hook}) outlasts it (§6). */
    static long kill(Hop h, long hook) {
        long grace = h.get(TERMINATION_GRACE_PERIOD).millis();
        return grace + (hook > grace ? PRESTOP_EXTENSION : 0);
    }

    /** §8.1: requests sent to the pod between its stop and its front noticing are refused. */
    private static void refused(CheckContext ctx, int i, Severity sev,
                                Setting<TimeSpan> wait, long prop, List<Finding> out) {
        Hop h = ctx.hop(i);
        Hop caller = i > 0 ? ctx.hop(i - 1) : null;
        boolean kongRetries = caller != null && caller.kind() == HopKind.KONG && caller.get(RETRIES) > 0
                && h.replicas() > 1;
        String check = kongRetries ? "prestop-propagation-retried" : "prestop-propagation";
        out.add(new FindingBuilder(kongRetries ? Severity.WARNING : sev, check, h)
                .setting(h, wait).setting(h, PROPAGATION_DELAY).fix(h, wait, TimeSpan.wholeSecondsAtLeast(prop))
                .args(h.get(wait), h.get(PROPAGATION_DELAY)).build());
    }
}
