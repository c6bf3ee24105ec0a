package dev.rollscope.model.sim.engine;

import dev.rollscope.model.scenario.Crash;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.NodeUpgrade;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.RouteChoices;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Trace;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.Topology;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The discrete-event engine: one clock in integer milliseconds, one queue ordered by (time,
 * priority, sequence), one random source seeded by the scenario, one thread. It owns the parts
 * of the simulation and dispatches each event to the one that handles it.
 */
public final class Engine {

    final Chain chain;
    final long internalBps;
    final SplittableRandom random;
    final TraceLog log;
    final Histories histories = new Histories();
    final Fleet fleet;
    final Lifecycle lifecycle;
    final Stopping stopping;
    final Controllers controllers = new Controllers();
    final Pools pools;
    final Timers timers;
    final Failures failures;
    final Connector connector;
    final RequestFlow flow;
    final RequestLog requests;
    final Verdicts verdicts;
    private final EventQueue queue = new EventQueue();
    private final Scenario scenario;
    private final SimulationOptions options;
    private final RequestSource source;
    /** The routing of one request chosen from outside, or null: every front picks by itself. */
    private final RouteChoices routes;
    private long now;
    private long lastActive;
    private long events;

    public Engine(Topology topology, Scenario scenario, SimulationOptions options) {
        this(topology, scenario, options, null);
    }

    /** An engine in which {@code routes} chooses the routing of one request (null: none). */
    public Engine(Topology topology, Scenario scenario, SimulationOptions options, RouteChoices routes) {
        this.scenario = scenario;
        this.routes = routes;
        this.options = options;
        chain = new Chain(topology);
        internalBps = topology.network().internalBandwidth().bitsPerSecond();
        random = new SplittableRandom(scenario.seed());
        log = new TraceLog(options.detail() == SimulationOptions.Detail.FULL, this::now);
        fleet = new Fleet(chain);
        lifecycle = new Lifecycle(this);
        stopping = new Stopping(this);
        pools = new Pools(this);
        timers = new Timers(this);
        failures = new Failures(this);
        connector = new Connector(this);
        flow = new RequestFlow(this);
        requests = new RequestLog(this, scenario.requests().size());
        verdicts = new Verdicts(this);
        for (int h = 0; h < topology.hops().size(); h++) {
            for (int i = 0; i < topology.hops().get(h).replicas(); i++) {
                lifecycle.initial(h);
            }
        }
        for (int i = 0; i < scenario.disruptions().size(); i++) {
            at(scenario.disruptions().get(i).at().millis(), Ev.DISRUPTION_START, i, 0, 0);
        }
        source = new RequestSource(this, scenario, random);
    }

    long now() {
        return now;
    }

    void at(long time, Ev kind, int a, int b, long c) {
        queue.push(time, kind, a, b, c);
    }

    /**
     * The instance the front of station k gives request r: the front's own pick, unless r's
     * routing is chosen from outside at this hop. The front picks either way, so that the other
     * requests are routed exactly as without the choice.
     */
    Instance pick(RequestRun r, int k) {
        FrontView view = fleet.view(chain.hop[k]);
        Instance usual = view.pick(random);
        if (usual == null || !choosing(r, k)) {
            return usual;
        }
        List<Instance> routable = view.routable();
        int[] options = new int[routable.size()];
        String[][] leadsTo = new String[options.length][];
        for (int i = 0; i < options.length; i++) {
            options[i] = routable.get(i).index;
            leadsTo[i] = new String[] {routable.get(i).id};
        }
        return fleet.get(routes.choose(k, options, leadsTo, routable.indexOf(usual)));
    }

    /** True when request r's route through station k is chosen from outside. */
    boolean choosing(RequestRun r, int k) {
        return routes != null && routes.branches(r.index, chain.topology.hops().get(chain.hop[k]).id());
    }

    RouteChoices routes() {
        return routes;
    }

    RequestRun run(int request) {
        return source.run(request);
    }

    void retire(RequestRun r) {
        source.retire(r);
    }

    /** Runs every event up to the horizon and returns what happened. */
    public SimulationResult run() {
        runUntil(options.horizon());
        for (RequestRun r : source.open()) {
            failures.end(r, 0, false, 0, Cause.NO_RESPONSE, r.stallStation, r.stallInstance);
        }
        return new SimulationResult(chain.topology, scenario, chain.stations, requests.specs(), requests.outcomes(),
                histories.build(fleet.all), new Trace(log.events()), lastActive, events);
    }

    /**
     * Runs every event at or before {@code t} (and the horizon); may be called again with a later
     * time, and {@link #run()} then goes on to the end. The result is the same, event for event, as
     * one {@link #run()}.
     */
    public void runUntil(long t) {
        long until = Math.min(t, options.horizon());
        while (!queue.isEmpty() && queue.peekTime() <= until) {
            queue.pop();
            now = queue.time();
            if (++events > options.maxEvents()) {
                throw new SimulationLimitException("the scenario \"" + scenario.name() + "\" went past "
                        + options.maxEvents() + " simulation events at t=" + now + " ms; shorten it, lower its "
                        + "traffic rate or raise the limit");
            }
            if (dispatch(Ev.of(queue.kind()), queue.a(), queue.b(), queue.c())) {
                lastActive = now;
            }
        }
    }

    /** Events processed so far. */
    public long eventCount() {
        return events;
    }

    /** Handles one event; false when it was stale (a cleared timer, a superseded transfer). */
    private boolean dispatch(Ev kind, int a, int b, long c) {
        switch (kind) {
            case LISTENING: lifecycle.listening(fleet.get(a), c); break;
            case READY: lifecycle.ready(fleet.get(a), c); break;
            case AVAILABLE: lifecycle.available(fleet.get(a), c); break;
            case VIEW_CHANGE: lifecycle.viewChange(a, fleet.get(b), c); break;
            case PRESTOP_END: stopping.preStopEnded(fleet.get(a)); break;
            case GRACEFUL_SIGNAL: stopping.graceful(fleet.get(a), Signal.values()[b]); break;
            case DRAIN_START: lifecycle.startDrain(fleet.get(a)); break;
            case DISRUPTION_START: startDisruption(scenario.disruptions().get(a)); break;
            case NODE_STEP: controllers.get(a).step(b); break;
            case RESTART: lifecycle.restart(fleet.get(a)); break;
            case POOL_EXPIRY: pools.expire(a, c); break;
            case REQUEST_START: source.startScenarioRequest(a); break;
            case MIX_ARRIVAL: source.mixArrival(); break;
            case HARD_SIGNAL: stopping.hard(fleet.get(a), Signal.values()[b], Cause.values()[(int) c]); break;
            case DRAIN_END: lifecycle.drainEnd(fleet.get(a)); break;
            case SHUTDOWN_TIMEOUT: stopping.shutdownTimeout(fleet.get(a)); break;
            default: return dispatchRequest(kind, a, b, c);
        }
        return true;
    }

    private boolean dispatchRequest(Ev kind, int a, int b, long c) {
        RequestRun r = source.run(a);
        if (r == null || r.done()) {
            return false;
        }
        if (kind == Ev.TIMER) {
            if (!Timers.current(r, b, c)) {
                return false;
            }
            failures.timerFired(r, b);
            return true;
        }
        if (c != r.generation) {
            return false;
        }
        switch (kind) {
            case BODY_ARRIVED: flow.bodyArrived(r, b); break;
            case RESPONSE_START: flow.responseStarted(r); break;
            case RESPONSE_ARRIVED: flow.responseArrived(r, b); break;
            case CONNECT_TIMEOUT: flow.connectTimedOut(r, b); break;
            default: throw new IllegalStateException("unhandled event " + kind);
        }
        return true;
    }

    private void startDisruption(Disruption d) {
        Controller c;
        switch (d.kind()) {
            case ROLLOUT: {
                int h = chain.topology.indexOf(d.hops().get(0));
                c = chain.topology.hops().get(h).platform() == Platform.GCE_MIG
                        ? new MigRollout(this, h) : new DeploymentRollout(this, h);
                break;
            }
            case NODE_UPGRADE:
                c = new NodeUpgradeRun(this, (NodeUpgrade) d, controllers.size());
                break;
            default:
                c = new CrashRun(this, (Crash) d);
                break;
        }
        controllers.add(c);
        c.start();
    }
}
