package dev.rollscope.model.sim.engine;

import dev.rollscope.model.topology.FrontKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The instances the front of one hop believes routable, in the order it learnt of them. The view
 * lags the truth: instances join and leave it only when the engine schedules the change.
 *
 * <p>Picking follows the front: the GFE and Kong's balancer go round robin over their targets;
 * a passthrough NLB hashes each new flow and kube-proxy picks a random endpoint (both modelled as
 * a draw from the engine's seeded random source). domain.md says nothing of the picking policy;
 * these are the products' defaults: a backend service's localityLbPolicy ROUND_ROBIN, a Kong
 * upstream's algorithm round-robin, the passthrough NLB's 5-tuple hash, kube-proxy's iptables
 * rules with random probabilities.
 */
final class FrontView {

    private final List<Instance> routable = new ArrayList<>();
    private final boolean random;
    /** Round robin: picks made so far; the next pick is {@code next} modulo the view's size. */
    private int next;
    /** {@code next} modulo {@code nextOf}, kept so that a pick needs no division while the size stays. */
    private int nextAt;
    private int nextOf;
    /** Versions [hiddenFrom, hiddenTo) are not the front's to route to (a blue/green switch, §14). */
    private int hiddenFrom;
    private int hiddenTo;
    /** A URL map's weighted split between blue and green, or null (§14). */
    private WeightedSides sides;

    FrontView(FrontKind kind) {
        this.random = switch (kind) {
            case GCP_INTERNAL_TCP_LB, K8S_SERVICE -> true;
            case GCP_EXTERNAL_ALB, KONG_UPSTREAM -> false;
        };
    }

    /**
     * From now on instances of versions [from, to) may not join the view: a blue/green switch's
     * green side before the switch, its blue side after (a Service's selector, a backend service's
     * weight 0, a Kong target's weight 0; domain.md §14). Those already in it leave it only when the
     * switch schedules it.
     */
    void hide(int from, int to) {
        hiddenFrom = from;
        hiddenTo = to;
    }

    /** From now on new connections are split between blue and green by weight (a URL map canary, §14). */
    void split(WeightedSides weighted) {
        sides = weighted;
    }

    /** True when instances of this version may join the view. */
    boolean selects(int version) {
        return version < hiddenFrom || version >= hiddenTo;
    }

    boolean add(Instance i) {
        if (routable.contains(i)) {
            return false;
        }
        return routable.add(i);
    }

    boolean remove(Instance i) {
        return routable.remove(i);
    }

    boolean contains(Instance i) {
        return routable.contains(i);
    }

    /** The routable instances, in the order the front learnt of them (a copy). */
    List<Instance> routable() {
        return List.copyOf(routable);
    }

    int size() {
        return routable.size();
    }

    /** The next instance for a new connection, or null when the view is empty. */
    Instance pick(SplittableRandom rnd) {
        if (routable.isEmpty()) {
            return null;
        }
        if (sides != null) {
            return sides.pick(routable);
        }
        if (random) {
            return routable.get(rnd.nextInt(routable.size()));
        }
        int n = routable.size();
        int at = n == nextOf ? nextAt : Math.floorMod(next, n);
        next++;
        nextAt = at + 1 == n ? 0 : at + 1;
        nextOf = n;
        return routable.get(at);
    }
}
