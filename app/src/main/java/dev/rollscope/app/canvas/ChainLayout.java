package dev.rollscope.app.canvas;

import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Position;
import dev.rollscope.model.topology.Topology;
import java.util.List;

/**
 * Where things sit on the canvas, in chain coordinates: the client at the left, then one slot per
 * hop (its front and the hop) from left to right on one centre line. A hop with a position in the
 * topology's layout sits there instead (its top-left corner).
 */
final class ChainLayout {

    static final double LEFT = 24;
    static final double CENTRE_Y = 160;
    static final double CLIENT_WIDTH = 84;
    static final double FRONT_WIDTH = 80;
    static final double LINK_WIDTH = 14;
    static final double HOP_WIDTH = 148;
    static final double SLOT_WIDTH = FRONT_WIDTH + LINK_WIDTH + HOP_WIDTH;
    static final double GAP = 22;

    private ChainLayout() {
    }

    /** The left edge of the automatic slot {@code index}. */
    static double slotX(int index) {
        return LEFT + CLIENT_WIDTH + GAP + index * (SLOT_WIDTH + GAP);
    }

    /** The top-left corner of a hop's node, for a node {@code height} high. */
    static Position position(Topology topology, int index, double height) {
        Hop hop = topology.hops().get(index);
        return topology.layout().of(hop.id()).orElseGet(() -> new Position(slotX(index), CENTRE_Y - height / 2));
    }

    /**
     * The place in the chain of something whose centre is at {@code x}, among hops whose node
     * centres are {@code centres} (in chain order): the number of centres left of x.
     */
    static int indexAt(List<Double> centres, double x) {
        int n = 0;
        for (double c : centres) {
            if (c < x) {
                n++;
            }
        }
        return n;
    }
}
