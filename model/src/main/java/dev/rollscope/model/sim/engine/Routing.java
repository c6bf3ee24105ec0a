package dev.rollscope.model.sim.engine;

import dev.rollscope.model.sim.RouteChoices;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * Which instance a front gives a new connection: the instance the client is pinned to by the
 * front's session affinity ({@link Affinity}), else the front's own pick from its view, unless the
 * routing of one request is chosen from outside ({@link RouteChoices}, the danger search).
 *
 * <p>The danger search and affinity: which instance a key first lands on is the front's hash of a
 * client address or cookie that Rollscope does not know (GCP's hash is not published; nginx's and
 * Kong's rings depend on the servers' addresses), so the searched request's first pick at a front
 * with affinity is still a choice over every routable instance, and a pin made by another request
 * of the same client does not narrow it (otherwise the seed would decide which pin is searched).
 * What the search then keys by the client: every later connection of the searched request at that
 * front follows its own pin while the pin holds, and is not walked.
 */
final class Routing {

    private final Chain chain;
    private final Fleet fleet;
    private final SplittableRandom random;
    /** The routing of one request chosen from outside, or null: every front picks by itself. */
    private final RouteChoices routes;
    private final Affinity affinity;
    private final LongSupplier now;

    Routing(Chain chain, Fleet fleet, SplittableRandom random, RouteChoices routes, LongSupplier now) {
        this.chain = chain;
        this.fleet = fleet;
        this.random = random;
        this.routes = routes;
        this.affinity = new Affinity(chain, fleet);
        this.now = now;
    }

    /**
     * The instance the front of station k gives request r: the front's own pick, unless r's
     * routing is chosen from outside at this hop. The front picks either way, so that the other
     * requests are routed exactly as without the choice (or the pin).
     */
    Instance pick(RequestRun r, int k) {
        FrontView view = fleet.view(chain.hop[k]);
        Instance usual = view.pick(random);
        if (usual == null || !affinity.pins(k)) {
            return choose(r, k, view, usual);
        }
        Instance pinned = affinity.pinnedFor(r, k, now.getAsLong(), choosing(r, k));
        if (pinned != null) {
            return pinned;
        }
        Instance x = choose(r, k, view, usual);
        affinity.pin(r, k, x, now.getAsLong());
        return x;
    }

    /**
     * The backend the front of station k gives a client at time t by its session affinity, or null
     * when it has no pin there (no affinity, no connection yet, or the pinned instance left the
     * front's view): what a request of that client sent at t would be pinned to.
     */
    Instance pinnedBackend(int k, String client, long t) {
        return affinity.pins(k) ? affinity.backendFor(k, client, t) : null;
    }

    private Instance choose(RequestRun r, int k, FrontView view, Instance usual) {
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

    /** The outside chooser; only called when {@link #choosing} said so. */
    RouteChoices routes() {
        return routes;
    }
}
