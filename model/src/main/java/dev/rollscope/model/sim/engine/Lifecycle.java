package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.DRAIN_ENDED;
import static dev.rollscope.model.sim.TraceEventType.DRAIN_STARTED;
import static dev.rollscope.model.sim.TraceEventType.INSTANCE_AVAILABLE;
import static dev.rollscope.model.sim.TraceEventType.INSTANCE_CRASHED;
import static dev.rollscope.model.sim.TraceEventType.INSTANCE_CREATED;
import static dev.rollscope.model.sim.TraceEventType.INSTANCE_LISTENING;
import static dev.rollscope.model.sim.TraceEventType.INSTANCE_READY;
import static dev.rollscope.model.sim.TraceEventType.REMOVAL_STARTED;
import static dev.rollscope.model.sim.TraceEventType.VIEW_ADDED;
import static dev.rollscope.model.sim.TraceEventType.VIEW_REMOVED;

import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.InstanceState;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.RolloutSettings;

/**
 * How instances are born, turn ready, are removed and crash. Stopping a process (preStop, signals,
 * escalation, exit) and the end of an instance are {@link Stopping}'s part.
 */
final class Lifecycle {

    private final Fleet fleet;
    private final Events events;
    private final TraceLog log;
    private final Histories histories;
    private final Controllers controllers;
    private final Failures failures;
    private final Pools pools;
    private final Stopping stopping;

    Lifecycle(Fleet fleet, Events events, TraceLog log, Histories histories, Controllers controllers,
              Failures failures, Pools pools, Stopping stopping) {
        this.fleet = fleet;
        this.events = events;
        this.log = log;
        this.histories = histories;
        this.controllers = controllers;
        this.failures = failures;
        this.pools = pools;
        this.stopping = stopping;
    }

    /** An instance that is already serving when the scenario starts. */
    Instance initial(int hop) {
        Instance x = fleet.create(hop, 1);
        x.alive = true;
        x.accepting = true;
        x.ready = true;
        x.available = true;
        log.instance(INSTANCE_CREATED, x, 1, -1, "initial");
        histories.enter(x, InstanceState.READY, 0);
        if (fleet.view(hop).add(x)) {
            log.instance(VIEW_ADDED, x, -1, -1, x.spec.front().name());
        }
        return x;
    }

    /** A new instance: created now, listening after its startup time. */
    Instance launch(int hop, int version) {
        Instance x = fleet.create(hop, version);
        x.startedAt = events.now();
        log.instance(INSTANCE_CREATED, x, version, -1, "");
        histories.enter(x, InstanceState.STARTING, events.now());
        events.listening(events.now() + x.spec.get(LifecycleSettings.STARTUP_TIME).millis(), x);
        return x;
    }

    void listening(Instance x, long epoch) {
        if (x.gone || x.removing || epoch != x.epoch) {
            return;
        }
        x.alive = true;
        x.accepting = true;
        x.hostUp = true;
        log.instance(INSTANCE_LISTENING, x, -1, -1, "");
        histories.enter(x, InstanceState.LISTENING, events.now());
        events.ready(Readiness.readyAt(x.spec, x.startedAt, events.now()), x);
    }

    /**
     * Ready: a VM's own load-balancer health check made it so, and the LB routes to it at once
     * (§1); a pod's endpoint reaches its front after the propagation delay (§5, §6). It counts as
     * available after minReady (§6, §7).
     */
    void ready(Instance x, long epoch) {
        if (!x.alive || x.removing || epoch != x.epoch) {
            return;
        }
        x.ready = true;
        log.instance(INSTANCE_READY, x, -1, -1, "");
        histories.enter(x, InstanceState.READY, events.now());
        long join = x.onVm() ? 0 : propagation(x);
        events.viewAdd(events.now() + join, x);
        events.available(events.now() + x.spec.get(RolloutSettings.MIN_READY).millis(), x);
    }

    void available(Instance x, long epoch) {
        if (!x.ready || !x.alive || x.removing || epoch != x.epoch) {
            return;
        }
        x.available = true;
        log.instance(INSTANCE_AVAILABLE, x, -1, -1, "");
        controllers.onAvailable(x);
    }

    /** The front of x's hop learns that x joined (add) or left its routable set; {@code epoch}: the life it was meant for. */
    void viewChange(Instance x, boolean add, long epoch) {
        if (add ? epoch != x.epoch : epoch < x.epoch && x.ready) {
            return;
        }
        FrontView v = fleet.view(x.hop);
        if (add) {
            if (x.alive && x.ready && !x.removing && v.selects(x.version) && v.add(x)) {
                log.instance(VIEW_ADDED, x, -1, -1, x.spec.front().name());
            }
        } else if (v.remove(x)) {
            log.instance(VIEW_REMOVED, x, -1, -1, x.spec.front().name());
        }
    }

    /**
     * Starts removing x. A VM leaves its backend service at once and is drained (GCP-drain, §1,
     * §7). A pod's endpoint removal and its shutdown start together (§6 "Pod Termination Flow",
     * §8.1); its front stops choosing it as {@link Hop#endpointRemoval} says (§10).
     */
    void remove(Instance x, String reason) {
        if (x.removing || x.gone) {
            return;
        }
        x.removing = true;
        x.available = false;
        x.removedAt = events.now();
        x.removalReason = reason;
        log.instance(REMOVAL_STARTED, x, -1, -1, reason);
        histories.enter(x, InstanceState.TERMINATING, events.now());
        if (!x.alive) {
            stopping.gone(x);
            return;
        }
        if (x.onVm()) {
            viewChange(x, false, x.epoch);
            startDrain(x);
        } else {
            switch (x.spec.endpointRemoval()) {
                case PROPAGATED -> events.viewRemove(events.now() + propagation(x), x);
                case DRAINED -> {
                    if (healthCheckFailed(x) < propagation(x)) {
                        events.viewRemove(events.now() + healthCheckFailed(x), x);
                    }
                    events.drainStart(events.now() + propagation(x), x);
                }
                case HEALTH_CHECKED -> events.viewRemove(events.now() + healthCheckFailed(x), x);
            }
            stopping.podShutdown(x);
        }
    }

    /**
     * x is detached from its backend service and its VM deleted: a detached backend is not drained
     * (§1, §14), so every request still on x is cut (what the client then sees is unconfirmed, §14).
     */
    void detach(Instance x) {
        if (x.removing || x.gone) {
            return;
        }
        x.removing = true;
        x.available = false;
        x.removedAt = events.now();
        x.removalReason = "detached";
        log.instance(REMOVAL_STARTED, x, -1, -1, x.removalReason);
        histories.enter(x, InstanceState.TERMINATING, events.now());
        viewChange(x, false, x.epoch);
        pools.closeThrough(x);
        failures.cutAll(x, Cause.BACKEND_DETACHED);
        if (x.alive) {
            stopping.vmShutdown(x);
        } else {
            stopping.gone(x);
        }
    }

    /** The GCP front stops sending new connections to x and gives the rest drainTimeout (§1, §3). */
    void startDrain(Instance x) {
        if (x.gone) {
            return;
        }
        viewChange(x, false, x.epoch);
        long drain = x.spec.get(FrontSettings.DRAIN_TIMEOUT).millis();
        x.drainStartAt = events.now();
        x.drainEndAt = events.now() + drain;
        log.instance(DRAIN_STARTED, x, -1, x.drainEndAt, "");
        events.drainEnd(x.drainEndAt, x);
    }

    /**
     * The drain ends. An L7 front (the GFE) closes every remaining connection (§1: "all remaining
     * TCP connections to the VM are closed"); a passthrough NLB stops forwarding their packets
     * (§3), so those requests stall until a timer fires or the VM's process closes them. A VM is
     * then deleted: its guest shutdown stops the service (§7).
     */
    void drainEnd(Instance x) {
        if (x.gone || x.drained) {
            return;
        }
        x.drained = true;
        boolean proxy = x.spec.front().isProxy();
        log.instance(DRAIN_ENDED, x, -1, -1, proxy ? "cut" : "dropped");
        if (proxy) {
            failures.cutAll(x, Cause.DRAIN_ENDED);
        } else {
            failures.stallAll(x, Cause.DRAIN_ENDED);
            pools.dropThrough(x);
        }
        if (x.onVm()) {
            stopping.vmShutdown(x);
        }
    }

    /**
     * x dies at once. A VM's host goes down with it: its flows stall and the LB notices through
     * its health check (§1). A pod's process dies but its node answers: its connections reset,
     * and its endpoint goes after the propagation delay (§6). The platform then restarts it.
     */
    void crash(Instance x) {
        if (!x.alive) {
            return;
        }
        boolean host = x.onVm();
        log.instance(INSTANCE_CRASHED, x, host ? 1 : 0, -1, "");
        x.alive = false;
        x.accepting = false;
        x.ready = false;
        x.available = false;
        histories.enter(x, InstanceState.DOWN, events.now());
        if (host) {
            x.hostUp = false;
            failures.stallAll(x, Cause.INSTANCE_CRASHED);
        } else {
            failures.cutAll(x, Cause.INSTANCE_CRASHED);
        }
        pools.closeThrough(x);
        long noticed = host ? Readiness.unhealthyAt(x.spec, x.startedAt, events.now()) : events.now() + propagation(x);
        events.viewRemove(noticed, x);
        events.restart(events.now(), x);
    }

    /** The platform restarts a crashed instance: the container restarts, or the VM reboots. */
    void restart(Instance x) {
        if (x.removing || x.gone) {
            return;
        }
        x.startedAt = events.now();
        x.epoch++;
        histories.enter(x, InstanceState.STARTING, events.now());
        events.listening(events.now() + x.spec.get(LifecycleSettings.STARTUP_TIME).millis(), x);
    }

    /**
     * How long a passthrough NLB in front of pods keeps sending new flows to a leaving pod's node:
     * with externalTrafficPolicy Local its health check fails once the node has only terminating
     * endpoints (§10.1 KEP-1669), at worst interval × unhealthy threshold later. A front without
     * node health checks never stops early: the propagation delay governs.
     */
    private static long healthCheckFailed(Instance x) {
        if (x.spec.front() != FrontKind.GCP_INTERNAL_TCP_LB) {
            return propagation(x);
        }
        return x.spec.get(FrontSettings.HEALTH_CHECK_INTERVAL).millis()
                * x.spec.get(FrontSettings.UNHEALTHY_THRESHOLD);
    }

    static long propagation(Instance x) {
        return EngineSettings.on(x.spec, FrontSettings.PROPAGATION_DELAY)
                ? x.spec.get(FrontSettings.PROPAGATION_DELAY).millis() : 0;
    }
}
