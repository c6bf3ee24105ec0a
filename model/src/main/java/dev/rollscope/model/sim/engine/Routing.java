package dev.rollscope.model.sim.engine;

import dev.rollscope.model.sim.RouteChoices;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which instance a front gives a new connection: the front's own pick from its view, unless the
 * routing of one request is chosen from outside ({@link RouteChoices}, the danger search).
 */
final class Routing {

    private final Chain chain;
    private final Fleet fleet;
    private final SplittableRandom random;
    /** The routing of one request chosen from outside, or null: every front picks by itself. */
    private final RouteChoices routes;

    Routing(Chain chain, Fleet fleet, SplittableRandom random, RouteChoices routes) {
        this.chain = chain;
        this.fleet = fleet;
        this.random = random;
        this.routes = routes;
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

    /** The outside chooser; only called when {@link #choosing} said so. */
    RouteChoices routes() {
        return routes;
    }
}
