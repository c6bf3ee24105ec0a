package dev.rollscope.model.sim.engine;

import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.OutcomeStream;
import dev.rollscope.model.sim.RouteChoices;
import dev.rollscope.model.sim.SimulationFault;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Trace;
import dev.rollscope.model.topology.DefaultsTable;
import dev.rollscope.model.topology.Topology;
import java.util.SplittableRandom;

/**
 * The discrete-event engine: one clock in integer milliseconds, one queue ordered by (time,
 * priority, sequence), one random source seeded by the scenario, one thread. It builds the parts
 * of the simulation, each given only the parts it uses, and dispatches each event to the one that
 * handles it (model/src/main/java/dev/rollscope/model/sim/README.md).
 */
public final class Engine {

    static {
        EngineSettings.check(EngineSettings.table(DefaultsTable.rows()));
    }

    private final Scenario scenario;
    private final SimulationOptions options;
    private final Chain chain;
    private final Events events = new Events();
    private final TraceLog log;
    private final Histories histories = new Histories();
    private final Fleet fleet;
    private final RequestLog requests;
    private final Runs runs;
    private final Failures failures;
    private final Pools pools;
    private final Stopping stopping;
    private final Controllers controllers = new Controllers();
    private final Lifecycle lifecycle;
    private final RequestFlow flow;
    private final ResumableUploads uploads;
    private final RequestSource source;
    private final ControlPlane plane;
    private long lastActive;
    private long handled;

    public Engine(Topology topology, Scenario scenario, SimulationOptions options) {
        this(topology, scenario, options, null, null);
    }

    /**
     * An engine in which {@code routes} chooses the routing of one request (null: none) and which
     * hands each outcome to {@code stream} as its request ends, keeping none (null: keeps them all,
     * for {@link #run()}; else run it with {@link #runStreamed()}). The parts are built from the
     * bottom up; the two ways back up (an instance freed by a request lets a stopping process exit,
     * a failure restarts a request) are the callbacks {@link Freed} and {@link Failures.Retry},
     * bound here (docs/decisions/0010).
     */
    public Engine(Topology topology, Scenario scenario, SimulationOptions options, RouteChoices routes,
                  OutcomeStream stream) {
        this.scenario = scenario;
        this.options = options;
        chain = new Chain(topology);
        long internalBps = topology.network().internalBandwidth().bitsPerSecond();
        SplittableRandom random = new SplittableRandom(scenario.seed());
        log = new TraceLog(options.detail() == SimulationOptions.Detail.FULL, options.traceEvery(), events::now);
        fleet = new Fleet(chain);
        Routing routing = new Routing(chain, fleet, random, routes, events::now);
        Timers timers = new Timers(chain, events, log);
        uploads = new ResumableUploads(chain, internalBps, events, log, fleet, scenario.horizon().millis());
        requests = new RequestLog(events, log, new Verdicts(chain, fleet, events), scenario.requests().size(), uploads,
                stream);
        runs = new Runs(chain.size, requests);
        Freed freed = this::freed;
        failures = new Failures(chain, fleet, runs, timers, requests, log, events, freed, this::retry, uploads);
        pools = new Pools(chain, fleet, events, routing, freed);
        stopping = new Stopping(events, log, histories, pools, failures);
        lifecycle = new Lifecycle(fleet, events, log, histories, controllers, failures, pools, stopping);
        Connector connector = new Connector(chain, fleet, events, log, timers, routing, pools, failures);
        flow = new RequestFlow(chain, internalBps, events, log, timers, connector, pools, failures, requests, uploads);
        plane = new ControlPlane(chain, fleet, lifecycle, log, events);
        for (int h = 0; h < topology.hops().size(); h++) {
            for (int i = 0; i < topology.hops().get(h).replicas(); i++) {
                lifecycle.initial(h);
            }
        }
        for (int i = 0; i < scenario.disruptions().size(); i++) {
            events.disruptionStart(scenario.disruptions().get(i).at().millis(), i);
        }
        source = new RequestSource(scenario, random, chain, internalBps, events, requests, runs, flow);
    }

    /** The way back from the request side to the instance side (docs/decisions/0010). */
    private void freed(Instance x) {
        stopping.exitIfIdle(x);
    }

    /** The way back from a failure to the request's flow (docs/decisions/0010). */
    private void retry(RequestRun r, int c) {
        flow.restartFrom(r, c);
    }

    /** Runs every event up to the horizon and returns what happened. */
    public SimulationResult run() {
        toHorizon();
        return new SimulationResult(chain.topology, scenario, chain.stations, requests.specs(), requests.outcomes(),
                histories.build(fleet.all), new Trace(log.events(), options.traceEvery()), lastActive, handled,
                uploads.summaries());
    }

    /** Runs every event up to the horizon, each outcome handed on as its request ends; the totals. */
    public OutcomeStream.Totals runStreamed() {
        toHorizon();
        return requests.totals(lastActive, handled);
    }

    private void toHorizon() {
        runUntil(scenario.horizon().millis());
        try {
            new Horizon(chain, fleet, runs, failures, events).close(scenario.horizon().millis());
        } catch (RuntimeException | StackOverflowError bug) {
            throw fault("horizon", bug);
        }
        requests.handOn();
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
                throw SimulationLimitException.pastEvents(scenario.name(), options.maxEvents(), events.now());
            }
            try {
                if (dispatch(kind)) {
                    lastActive = events.now();
                }
            } catch (RuntimeException | StackOverflowError bug) {
                throw fault(kind.name(), bug);
            }
            requests.handOn();
        }
    }

    private SimulationFault fault(String event, Throwable bug) {
        return new SimulationFault(scenario.name(), scenario.seed(), events.now(), event, bug);
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
                controllers.start(scenario.disruptions().get(events.disruption()), plane, chain.topology);
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
                pools.expire(events.connectionSlot(), events.connection(), events.idleSince());
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
            case CLIENT_STEP -> {
                RequestRun r = current();
                if (r != null) {
                    flow.clientStep(r, events.clientStep());
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
            case UPLOAD_RESUME -> {
                RequestRun r = current();
                if (r != null) {
                    flow.resume(r);
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
        RequestRun r = runs.run(request);
        return r == null || r.done() ? null : r;
    }

    /** The request of a progress event, or null when it ended or moved on since (another generation). */
    private RequestRun current() {
        RequestRun r = live(events.request());
        return r == null || events.generation() != r.generation ? null : r;
    }
}
