package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.DISRUPTION_FINISHED;
import static dev.rollscope.model.sim.TraceEventType.DISRUPTION_STARTED;
import static dev.rollscope.model.sim.TraceEventType.TRAFFIC_SWITCHED;

import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A blue/green switch of one hop (domain.md §14). At its start a green instance of the new version
 * is created for every replica; the front does not route to them. Once all of them are available
 * (Argo Rollouts' autoPromotionEnabled, true by default), the switch: new requests go to green,
 * requests in flight stay on blue, and blue is taken away after a delay.
 * <ul>
 * <li>Selector switch and Kong target weights: the front learns of the switch after its
 * propagation delay, like any endpoint change (§6, §10.2: established connections keep going to
 * the old pods, conntrack; a Kong target of weight 0 gets no new requests). After
 * rollout.scaleDownDelay the blue pods are deleted and stop as any pod does (preStop, signal,
 * grace period).</li>
 * <li>URL map weights: the GFE sends new requests to the green backend service at once (the
 * propagation time of a URL map change is unconfirmed, §14). After rollout.detachDelay the blue
 * VMs are detached from their backend service, which does not drain: requests still on them are
 * cut (§1, §14), and the VMs are deleted. With weights that leave blue a share (a canary, e.g.
 * 90/10) both sides stay in the GFE's view and split new requests by weight ({@link WeightedSides});
 * blue is not detached.</li>
 * </ul>
 */
final class BlueGreenRun implements Controller {

    private final ControlPlane plane;
    private final BlueGreen spec;
    private final int hop;
    private final int index;
    private final Generations gens;
    private final FrontView view;
    private int green;
    private boolean switched;
    private boolean finished;

    /** {@code index}: this controller's place among the running ones, for its timed step. */
    BlueGreenRun(ControlPlane plane, BlueGreen spec, int index) {
        this.plane = plane;
        this.spec = spec;
        this.hop = plane.chain().topology.indexOf(spec.hop());
        this.index = index;
        this.gens = new Generations(plane.fleet(), hop);
        this.view = plane.fleet().view(hop);
    }

    @Override
    public void start() {
        green = gens.beginNewVersion();
        plane.log().station(DISRUPTION_STARTED, station(), -1, name());
        view.hide(green, green + 1);
        for (int i = 0; i < plane.chain().topology.hops().get(hop).replicas(); i++) {
            plane.lifecycle().launch(hop, green);
        }
    }

    @Override
    public void onAvailable(Instance x) {
        if (!switched && x.hop == hop && x.version == green
                && Generations.countAvailable(gens.current()) >= x.spec.replicas()) {
            switchTraffic();
        }
    }

    private void switchTraffic() {
        switched = true;
        long now = plane.events().now();
        if (canary()) {
            view.hide(green, green);
            view.split(new WeightedSides(green, spec.weights().blue(), spec.weights().green()));
        } else {
            view.hide(0, green);
        }
        plane.log().station(TRAFFIC_SWITCHED, station(), green, name());
        for (Instance x : gens.current()) {
            if (x.alive && x.ready) {
                plane.events().viewAdd(now + propagation(x), x);
            }
        }
        for (Instance x : canary() ? List.<Instance>of() : blue()) {
            switch (spec.method()) {
                case URL_MAP -> plane.lifecycle().viewChange(x, false, x.epoch);
                case SELECTOR, KONG_WEIGHTS -> plane.events().viewRemove(now + propagation(x), x);
            }
        }
        plane.events().nodeStep(now + delay().millis(), index, 0);
    }

    /** The delay is over: blue is scaled down (pods) or detached (a URL map's backend service). */
    @Override
    public void step(int attempt) {
        if (finished) {
            return;
        }
        finished = true;
        boolean detach = detaches();
        for (Instance x : canary() ? List.<Instance>of() : blue()) {
            if (detach) {
                plane.lifecycle().detach(x);
            } else {
                plane.lifecycle().remove(x, "scale-down");
            }
        }
        plane.log().station(DISRUPTION_FINISHED, station(), -1, name());
    }

    /** The instances of an older version than green that are not being removed. */
    private List<Instance> blue() {
        List<Instance> out = new ArrayList<>();
        for (Instance x : plane.fleet().live(hop)) {
            if (x.version < green && !x.removing) {
                out.add(x);
            }
        }
        return out;
    }

    /** A URL map switch whose blue side keeps a weight: both sides take new requests, nothing is detached. */
    private boolean canary() {
        return spec.weights().split();
    }

    /** True when blue leaves by being detached (a URL map's backend service), false when it is scaled down. */
    private boolean detaches() {
        return switch (spec.method()) {
            case URL_MAP -> true;
            case SELECTOR, KONG_WEIGHTS -> false;
        };
    }

    private TimeSpan delay() {
        return switch (spec.method()) {
            case URL_MAP -> plane.chain().topology.hops().get(hop).get(RolloutSettings.DETACH_DELAY);
            case SELECTOR, KONG_WEIGHTS -> plane.chain().topology.hops().get(hop).get(RolloutSettings.SCALE_DOWN_DELAY);
        };
    }

    /** How long the front takes to learn of the switch: none for a URL map (unconfirmed, §14). */
    private long propagation(Instance x) {
        return switch (spec.method()) {
            case URL_MAP -> 0;
            case SELECTOR, KONG_WEIGHTS -> Lifecycle.propagation(x);
        };
    }

    private int station() {
        return plane.chain().stationOfHop[hop];
    }

    private String name() {
        return switch (spec.method()) {
            case SELECTOR -> "selector-switch";
            case URL_MAP -> "url-map-switch";
            case KONG_WEIGHTS -> "kong-weights";
        };
    }
}
