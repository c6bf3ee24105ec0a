package dev.rollscope.lab.run;

import dev.rollscope.lab.run.LabInstance.Signal;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.units.TimeSpan;

/**
 * Stops an old instance the way its service manager does:
 * <ul>
 *   <li>a VM, once its drain has ended: the unit's stop signal (nginx: QUIT), then TERM after
 *       lifecycle.stopEscalation if it still runs (Debian nginx.service: QUIT/5, domain.md §2);</li>
 *   <li>a Kong pod: {@code kong quit --wait=W --timeout=T}: sleep W, QUIT (TERM when the hop is
 *       set to stop at once, as the engine has it), TERM after T if nginx still runs (§5); SIGKILL
 *       at the grace period;</li>
 *   <li>any other pod: the preStop sleep, then the image's stop signal (QUIT for nginx images, TERM
 *       otherwise); SIGKILL at terminationGracePeriodSeconds from the start, plus 2 s when the
 *       hook outlasted it (§6).</li>
 * </ul>
 */
final class StopSequence {

    private static final long PRESTOP_EXTENSION = 2_000;

    private final LabClock clock;

    StopSequence(LabClock clock) {
        this.clock = clock;
    }

    void vm(Hop hop, LabInstance x, long t) {
        stopSignal(hop, x);
        TimeSpan esc = hop.get(LifecycleSettings.STOP_ESCALATION);
        if (!esc.isNone()) {
            ifAlive(x, t + esc.millis(), Signal.TERM, "stop escalation");
        }
    }

    void pod(Hop hop, LabInstance x, long t) {
        long grace = hop.get(LifecycleSettings.TERMINATION_GRACE_PERIOD).millis();
        long hook;
        if (hop.kind() == HopKind.KONG) {
            long wait = hop.get(LifecycleSettings.KONG_QUIT_WAIT).millis();
            hook = wait + hop.get(LifecycleSettings.KONG_QUIT_TIMEOUT).millis();
            clock.at(t + wait, x.id() + " kong quit", () -> stopSignal(hop, x));
            ifAlive(x, t + hook, Signal.TERM, "kong quit --timeout");
        } else {
            hook = hop.get(LifecycleSettings.PRE_STOP_SLEEP).millis();
            clock.at(t + Math.min(hook, grace + PRESTOP_EXTENSION), x.id() + " stop signal after preStop",
                    () -> stopSignal(hop, x));
        }
        ifAlive(x, t + grace + (hook > grace ? PRESTOP_EXTENSION : 0), Signal.KILL, "grace period");
    }

    private void ifAlive(LabInstance x, long at, Signal s, String why) {
        clock.at(at, x.id() + " " + s + " (" + why + ") if alive", () -> {
            if (x.alive()) {
                x.signal(s);
                clock.note(x.id() + " was alive: " + s + " sent");
            }
        });
    }

    /** nginx (L7, L4, Kong) stops on QUIT when graceful, TERM otherwise; the application gets TERM. */
    private void stopSignal(Hop hop, LabInstance x) {
        boolean nginx = hop.kind() == HopKind.NGINX_L7 || hop.kind() == HopKind.NGINX_L4 || hop.kind() == HopKind.KONG;
        boolean graceful = hop.get(LifecycleSettings.ON_STOP_SIGNAL) == StopBehaviour.GRACEFUL;
        x.signal(nginx && graceful ? Signal.QUIT : Signal.TERM);
        clock.note(x.id() + " stop signal " + (nginx && graceful ? "QUIT" : "TERM"));
    }
}
