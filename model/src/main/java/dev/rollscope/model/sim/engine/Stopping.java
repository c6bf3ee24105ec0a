package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.INSTANCE_GONE;
import static dev.rollscope.model.sim.TraceEventType.LISTENER_CLOSED;
import static dev.rollscope.model.sim.TraceEventType.PRESTOP_ENDED;
import static dev.rollscope.model.sim.TraceEventType.PROCESS_EXITED;
import static dev.rollscope.model.sim.TraceEventType.PRESTOP_STARTED;
import static dev.rollscope.model.sim.TraceEventType.SIGNAL;

import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.InstanceState;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.units.TimeSpan;

/** How a process is asked to stop, and what it does then: preStop hooks, signals, escalation, exit, and the instance's end. */
final class Stopping {

    private static final long PRESTOP_EXTENSION = 2_000;

    private final Events events;
    private final TraceLog log;
    private final Histories histories;
    private final Pools pools;
    private final Failures failures;

    Stopping(Events events, TraceLog log, Histories histories, Pools pools, Failures failures) {
        this.events = events;
        this.log = log;
        this.histories = histories;
        this.pools = pools;
        this.failures = failures;
    }

    /**
     * A pod's termination (§6): the preStop hook runs first, then the stop signal; SIGKILL comes at
     * terminationGracePeriodSeconds counted from the start, plus one 2 s extension when the hook
     * is still running then. Kong's hook is {@code kong quit --wait=W --timeout=T} (§5): it sleeps
     * W, sends QUIT, waits up to T for nginx to exit, then sends TERM (a fast stop).
     */
    void podShutdown(Instance x) {
        long now = events.now();
        long grace = x.spec.get(LifecycleSettings.TERMINATION_GRACE_PERIOD).millis();
        long hook;
        if (x.spec.kind() == HopKind.KONG) {
            long wait = x.spec.get(LifecycleSettings.KONG_QUIT_WAIT).millis();
            long timeout = x.spec.get(LifecycleSettings.KONG_QUIT_TIMEOUT).millis();
            hook = wait + timeout;
            log.instance(PRESTOP_STARTED, x, -1, now + hook,
                    "kong quit --wait=" + TimeSpan.ofMillis(wait) + " --timeout=" + TimeSpan.ofMillis(timeout));
            events.gracefulSignal(now + wait, x, Signal.QUIT);
            events.hardSignal(now + hook, x, Signal.TERM, Cause.KONG_QUIT_TIMEOUT);
        } else {
            hook = x.spec.get(LifecycleSettings.PRE_STOP_SLEEP).millis();
            if (hook > 0) {
                log.instance(PRESTOP_STARTED, x, -1, now + hook, "sleep " + TimeSpan.ofMillis(hook));
                events.preStopEnd(now + Math.min(hook, grace + PRESTOP_EXTENSION), x);
            } else {
                stopSignal(x, podSignal(x));
            }
        }
        long kill = grace + (hook > grace ? PRESTOP_EXTENSION : 0);
        events.hardSignal(now + kill, x, Signal.KILL, Cause.GRACE_PERIOD_EXPIRED);
    }

    void preStopEnded(Instance x) {
        log.instance(PRESTOP_ENDED, x, -1, -1, "");
        stopSignal(x, podSignal(x));
    }

    /** nginx images stop with QUIT (docker-nginx STOPSIGNAL, §2); anything else gets TERM. */
    private static Signal podSignal(Instance x) {
        return switch (x.spec.kind()) {
            case NGINX_L7, NGINX_L4 -> Signal.QUIT;
            case KONG, APP_RUNTIME, GENERIC_L7, GENERIC_L4 -> Signal.TERM;
        };
    }

    /**
     * A VM's guest shutdown stops the service the way its unit does: the graceful signal, then
     * TERM after the unit's stop timeout (§2 Debian nginx.service: QUIT, 5 s, TERM). It runs after
     * the drain, so whatever the TERM cuts reached the VM through its drained load balancer: a
     * flow the passthrough NLB stopped forwarding (§3), whose root cause is the drain.
     */
    void vmShutdown(Instance x) {
        stopSignal(x, podSignal(x));
        TimeSpan esc = x.spec.get(LifecycleSettings.STOP_ESCALATION);
        if (!esc.isNone()) {
            events.hardSignal(events.now() + esc.millis(), x, Signal.TERM, Cause.DRAIN_ENDED);
        }
    }

    /** The platform's stop signal: the process stops gracefully or at once, as it is configured. */
    void stopSignal(Instance x, Signal s) {
        if (!x.alive) {
            return;
        }
        if (x.graceful()) {
            graceful(x, s);
        } else {
            hard(x, s, Cause.STOPPED_AT_ONCE);
        }
    }

    /**
     * A graceful stop (nginx QUIT, §2 NX-src): close the listener, close idle keepalive
     * connections at once, finish in-flight requests, exit when nothing is left or when
     * worker_shutdown_timeout fires. An L4 stream session is never idle, so it lives on (§4).
     */
    void graceful(Instance x, Signal s) {
        if (!x.alive || x.stopping) {
            return;
        }
        x.stopping = true;
        x.accepting = false;
        x.stopSignalAt = events.now();
        log.instance(SIGNAL, x, 1, -1, s.name());
        log.instance(LISTENER_CLOSED, x, -1, -1, "");
        histories.enter(x, InstanceState.STOPPING, events.now());
        if (!x.l4()) {
            pools.closeIdleTo(x);
        }
        if (EngineSettings.on(x.spec, ProxySettings.WORKER_SHUTDOWN_TIMEOUT)) {
            TimeSpan wst = x.spec.get(ProxySettings.WORKER_SHUTDOWN_TIMEOUT);
            if (!wst.isNone()) {
                events.shutdownTimeout(events.now() + wst.millis(), x);
            }
        }
        exitIfIdle(x);
    }

    /** A stop that cuts every connection at once: TERM to nginx, SIGKILL, a process without a handler. */
    void hard(Instance x, Signal s, Cause cause) {
        if (!x.alive) {
            return;
        }
        log.instance(SIGNAL, x, 0, -1, s.name());
        endEverything(x, cause);
    }

    /**
     * Closes x's idle connections, then cuts its requests and ends its process (cutting may already
     * have let it exit).
     * A dying process accepts nothing (§6, §8.1: its node refuses the connection), so a retry that a
     * cut sets off at once goes to another instance, or is refused, never back to x.
     */
    private void endEverything(Instance x, Cause cause) {
        x.accepting = false;
        pools.closeThrough(x);
        failures.cutAll(x, cause);
        if (x.alive) {
            exit(x);
        }
    }

    void shutdownTimeout(Instance x) {
        if (x.alive && x.stopping) {
            endEverything(x, Cause.WORKER_SHUTDOWN_TIMEOUT);
        }
    }

    /** Called whenever x stops carrying something: a stopping process exits once it is idle. */
    void exitIfIdle(Instance x) {
        if (x.stopping && x.alive && x.idle()) {
            exit(x);
        }
    }

    private void exit(Instance x) {
        if (x.spec.kind() == HopKind.KONG && x.removing) {
            log.instance(PRESTOP_ENDED, x, -1, -1, "");
        }
        exited(x);
    }

    /** The process has exited; a removed instance is then gone (pod deleted, VM deleted). */
    private void exited(Instance x) {
        x.alive = false;
        x.accepting = false;
        log.instance(PROCESS_EXITED, x, -1, -1, "");
        histories.enter(x, InstanceState.DOWN, events.now());
        if (x.removing) {
            gone(x);
        }
    }

    /** x is deleted. Its front may still list it until its removal propagates (§8.1): connections there are refused. */
    void gone(Instance x) {
        if (x.gone) {
            return;
        }
        x.gone = true;
        x.alive = false;
        x.accepting = false;
        log.instance(INSTANCE_GONE, x, -1, -1, "");
        histories.enter(x, InstanceState.GONE, events.now());
        events.goneNotice(events.now(), x);
    }
}
