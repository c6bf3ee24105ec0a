package dev.rollscope.model.sim.engine;

import dev.rollscope.model.scenario.Crash;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.NodeUpgrade;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.RouteChoices;
import dev.rollscope.model.sim.SimulationFault;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Trace;
import dev.rollscope.model.topology.DefaultsTable;
import dev.rollscope.model.topology.Topology;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The discrete-event engine: one clock in integer milliseconds, one queue ordered by (time,
 * priority, sequence), one random source seeded by the scenario, one thread. It owns the parts
 * of the simulation and dispatches each event to the one that handles it.
 */
public final class Engine {

    static {
        EngineSettings.check(DefaultsTable::applies);
    }

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
    final Events events = new Events();
    private final Scenario scenario;
    private final SimulationOptions options;
    private final RequestSource source;
    /** The routing of one request chosen from outside, or null: every front picks by itself. */
    private final RouteChoices routes;
    private long lastActive;
    private long handled;

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
        log = new TraceLog(options.detail() == SimulationOptions.Detail.FULL, events::now);
        fleet = new Fleet(chain);
        lifecycle = new Lifecycle(this);
        stopping = new Stopping(this);
        pools = new Pools(this);
        timers = new Timers(chain, events, log);
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
            events.disruptionStart(scenario.disruptions().get(i).at().millis(), i);
        }
        source = new RequestSource(this, scenario, random);
    }

    long now() {
        return events.now();
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
        long horizon = scenario.horizon().millis();
        runUntil(horizon);
        List<RequestRun> open = source.open();
        try {
            if (!open.isEmpty()) {
                events.advanceTo(horizon);
            }
            for (RequestRun r : open) {
                if (r.stalled) {
                    failures.end(r, 0, false, 0, Cause.NO_RESPONSE, r.stallStation, r.stallInstance);
                } else {
                    int k = deepest(r);
                    failures.end(r, r.responseStarted ? 200 : 0, r.responseStarted, 0, Cause.HORIZON_REACHED, k,
                            r.inst[k]);
                }
            }
            for (Instance x : fleet.all) {
                if (!x.requests.isEmpty()) {
                    throw new IllegalStateException(x.id + " still carries " + x.requests.size()
                            + " requests after every request ended");
                }
            }
        } catch (RuntimeException | StackOverflowError bug) {
            throw fault("horizon", bug);
        }
        return new SimulationResult(chain.topology, scenario, chain.stations, requests.specs(), requests.outcomes(),
                histories.build(fleet.all), new Trace(log.events()), lastActive, handled);
    }

    /**
     * Runs every event at or before {@code t} (and the horizon); may be called again with a later
     * time, and {@link #run()} then goes on to the end. The result is the same, event for event, as
     * one {@link #run()}.
     */
    public void runUntil(long t) {
        long until = Math.min(t, scenario.horizon().millis());
        while (events.dueBy(until)) {
            Ev kind = events.next();
            if (++handled > options.maxEvents()) {
                throw new SimulationLimitException("the scenario \"" + scenario.name() + "\" went past "
                        + options.maxEvents() + " simulation events at t=" + now() + " ms; shorten it, lower its "
                        + "traffic rate or raise the limit");
            }
            try {
                if (dispatch(kind)) {
                    lastActive = now();
                }
            } catch (RuntimeException | StackOverflowError bug) {
                throw fault(kind.name(), bug);
            }
        }
    }

    /** The farthest station that carries the request (0, the client, when none does). */
    private int deepest(RequestRun r) {
        int k = 0;
        for (int s = 1; s < chain.size; s++) {
            if (r.inst[s] >= 0) {
                k = s;
            }
        }
        return k;
    }

    private SimulationFault fault(String event, Throwable bug) {
        return new SimulationFault(scenario.name(), scenario.seed(), now(), event, bug);
    }

    /** Events processed so far. */
    public long eventCount() {
        return handled;
    }

    /** Handles the event just taken from the queue; false when it was stale (a cleared timer, a superseded transfer). */
    private boolean dispatch(Ev kind) {
        return switch (kind) {
            case LISTENING -> {
                lifecycle.listening(instance(), events.epoch());
                yield true;
            }
            case READY -> {
                lifecycle.ready(instance(), events.epoch());
                yield true;
            }
            case AVAILABLE -> {
                lifecycle.available(instance(), events.epoch());
                yield true;
            }
            case VIEW_CHANGE -> {
                lifecycle.viewChange(instance(), events.viewAdds(), events.viewEpoch());
                yield true;
            }
            case PRESTOP_END -> {
                stopping.preStopEnded(instance());
                yield true;
            }
            case GRACEFUL_SIGNAL -> {
                stopping.graceful(instance(), events.signal());
                yield true;
            }
            case DRAIN_START -> {
                lifecycle.startDrain(instance());
                yield true;
            }
            case DISRUPTION_START -> {
                startDisruption(scenario.disruptions().get(events.disruption()));
                yield true;
            }
            case NODE_STEP -> {
                controllers.get(events.controller()).step(events.attempt());
                yield true;
            }
            case RESTART -> {
                lifecycle.restart(instance());
                yield true;
            }
            case POOL_EXPIRY -> {
                pools.expire(events.connection(), events.idleSince());
                yield true;
            }
            case GONE_NOTICE -> {
                controllers.onGone(instance());
                yield true;
            }
            case REQUEST_START -> {
                source.startScenarioRequest(events.request());
                yield true;
            }
            case MIX_ARRIVAL -> {
                source.mixArrival();
                yield true;
            }
            case HARD_SIGNAL -> {
                stopping.hard(instance(), events.signal(), events.cause());
                yield true;
            }
            case DRAIN_END -> {
                lifecycle.drainEnd(instance());
                yield true;
            }
            case SHUTDOWN_TIMEOUT -> {
                stopping.shutdownTimeout(instance());
                yield true;
            }
            case TIMER -> {
                RequestRun r = live(events.request());
                if (r == null || !Timers.current(r, events.timerSlot(), events.timerToken())) {
                    yield false;
                }
                failures.timerFired(r, events.timerSlot());
                yield true;
            }
            case BODY_ARRIVED -> {
                RequestRun r = current();
                if (r != null) {
                    flow.bodyArrived(r, events.station());
                }
                yield r != null;
            }
            case RESPONSE_START -> {
                RequestRun r = current();
                if (r != null) {
                    flow.responseStarted(r);
                }
                yield r != null;
            }
            case RESPONSE_ARRIVED -> {
                RequestRun r = current();
                if (r != null) {
                    flow.responseArrived(r, events.station());
                }
                yield r != null;
            }
            case CONNECT_TIMEOUT -> {
                RequestRun r = current();
                if (r != null) {
                    flow.connectTimedOut(r, events.station());
                }
                yield r != null;
            }
        };
    }

    /** The instance the event being handled is about. */
    private Instance instance() {
        return fleet.get(events.instance());
    }

    /** The run of a request that has not ended, or null. */
    private RequestRun live(int request) {
        RequestRun r = source.run(request);
        return r == null || r.done() ? null : r;
    }

    /** The request of a progress event, or null when it ended or moved on since (another generation). */
    private RequestRun current() {
        RequestRun r = live(events.request());
        return r == null || events.generation() != r.generation ? null : r;
    }

    private void startDisruption(Disruption d) {
        Controller c = switch (d.kind()) {
            case ROLLOUT -> {
                int h = chain.topology.indexOf(d.hops().get(0));
                controllers.supersedeRollouts(h);
                yield switch (chain.topology.hops().get(h).platform()) {
                    case GCE_MIG -> new MigRollout(this, h);
                    case GKE_DEPLOYMENT -> new DeploymentRollout(this, h);
                };
            }
            case NODE_UPGRADE -> new NodeUpgradeRun(this, (NodeUpgrade) d, controllers.size());
            case CRASH -> new CrashRun(this, (Crash) d);
        };
        controllers.add(c);
        c.start();
    }
}
