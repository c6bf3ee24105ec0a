package dev.rollscope.model.analysis;

import static dev.rollscope.model.topology.FrontSettings.PROPAGATION_DELAY;
import static dev.rollscope.model.topology.LifecycleSettings.KONG_QUIT_TIMEOUT;
import static dev.rollscope.model.topology.LifecycleSettings.KONG_QUIT_WAIT;
import static dev.rollscope.model.topology.LifecycleSettings.ON_STOP_SIGNAL;
import static dev.rollscope.model.topology.LifecycleSettings.PRE_STOP_SLEEP;
import static dev.rollscope.model.topology.LifecycleSettings.TERMINATION_GRACE_PERIOD;
import static dev.rollscope.model.topology.RolloutSettings.DETACH_DELAY;
import static dev.rollscope.model.topology.RolloutSettings.SCALE_DOWN_DELAY;

import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Optional;

/**
 * The old side of a blue/green switch must outlive the last request sent to it (domain.md §14,
 * derived: "old side lives ≥ switch propagation + longest request"). The last request reaches blue
 * just before the front learns of the switch and needs T_req(h) from there.
 * <ul>
 * <li>URL map weights: blue is detached rollout.detachDelay after the weight change, which the GFE
 * applies at once (unconfirmed, §14); detaching does not drain (§1): the request is cut exactly
 * when T_req(h) &gt; detachDelay. A canary whose blue side keeps a weight is never detached.</li>
 * <li>Selector or Kong weights: blue is deleted rollout.scaleDownDelay after the switch and the
 * front learns of it after front.propagationDelay. A deleted pod still serves what it carries for
 * a while ({@link #servesAfterDeletion}): the request is cut exactly when propagation + T_req(h)
 * &gt; scaleDownDelay + that while (an error); when only that while saves it, a warning.</li>
 * </ul>
 */
final class BlueGreenChecks implements Check {

    @Override
    public void evaluate(CheckContext ctx, List<Finding> out) {
        for (Disruption d : ctx.scenario.disruptions()) {
            if (!(d instanceof BlueGreen bg)) {
                continue;
            }
            int i = ctx.topology.indexOf(bg.hop());
            Hop h = ctx.hop(i);
            long need = ctx.worstResidence(i);
            Optional<Finding> finding = switch (bg.method()) {
                case URL_MAP -> bg.weights().split() ? Optional.empty() : detach(h, need);
                case SELECTOR, KONG_WEIGHTS -> scaleDown(h, need);
            };
            finding.ifPresent(out::add);
        }
    }

    private static Optional<Finding> detach(Hop h, long need) {
        TimeSpan delay = h.get(DETACH_DELAY);
        if (need <= delay.millis()) {
            return Optional.empty();
        }
        return Optional.of(new FindingBuilder(Severity.ERROR, "detach-delay", h).setting(h, DETACH_DELAY)
                .fix(h, DETACH_DELAY, TimeSpan.wholeSecondsAtLeast(need)).args(delay, need).build());
    }

    private static Optional<Finding> scaleDown(Hop h, long need) {
        long propagation = h.settings().has(PROPAGATION_DELAY) ? h.get(PROPAGATION_DELAY).millis() : 0;
        TimeSpan delay = h.get(SCALE_DOWN_DELAY);
        long lastDone = propagation + need;
        if (lastDone <= delay.millis()) {
            return Optional.empty();
        }
        boolean cut = lastDone > delay.millis() + servesAfterDeletion(h);
        return Optional.of(new FindingBuilder(cut ? Severity.ERROR : Severity.WARNING,
                cut ? "scale-down-delay" : "scale-down-relies-on-stop", h)
                .setting(h, SCALE_DOWN_DELAY).fix(h, SCALE_DOWN_DELAY, TimeSpan.wholeSecondsAtLeast(lastDone))
                .args(delay, TimeSpan.ofMillis(propagation), need, lastDone).build());
    }

    /**
     * How long a deleted pod still serves what it carries (§5, §6): Kong until kong quit stops it
     * fast (wait + timeout); a graceful process until SIGKILL (the grace period); one that exits at
     * once until its preStop ends; never past the grace period.
     */
    private static long servesAfterDeletion(Hop h) {
        long grace = h.get(TERMINATION_GRACE_PERIOD).millis();
        if (h.kind() == HopKind.KONG) {
            return Math.min(grace, h.get(KONG_QUIT_WAIT).millis() + h.get(KONG_QUIT_TIMEOUT).millis());
        }
        if (h.get(ON_STOP_SIGNAL) == StopBehaviour.GRACEFUL) {
            return grace;
        }
        return Math.min(grace, h.get(PRE_STOP_SLEEP).millis());
    }
}
