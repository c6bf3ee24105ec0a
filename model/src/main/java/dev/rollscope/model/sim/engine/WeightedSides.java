package dev.rollscope.model.sim.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A URL map's two weighted backend services during a canary (domain.md §14, TF-URLMAP): each new
 * request goes to blue (versions below {@code greenFrom}) or green by weight, then round robin
 * within its side like the GFE's ROUND_ROBIN. The side is chosen by smooth weighted round robin
 * (the scheme of nginx's upstream weights), so a 90/10 split sends exactly 1 request in 10 to
 * green in every run of 10, without touching the random source. A side with no routable instance
 * gives its share to the other (what the GFE does with an empty backend service is unconfirmed).
 * The danger search does not rely on this pick: it walks every routable instance of both sides.
 */
final class WeightedSides {

    private final int greenFrom;
    private final int blueWeight;
    private final int greenWeight;
    private int blueCredit;
    private int greenCredit;
    private int nextBlue;
    private int nextGreen;

    WeightedSides(int greenFrom, int blueWeight, int greenWeight) {
        this.greenFrom = greenFrom;
        this.blueWeight = blueWeight;
        this.greenWeight = greenWeight;
    }

    /** The instance for a new connection among {@code routable} (not empty). */
    Instance pick(List<Instance> routable) {
        List<Instance> blue = new ArrayList<>();
        List<Instance> green = new ArrayList<>();
        for (Instance x : routable) {
            (x.version >= greenFrom ? green : blue).add(x);
        }
        if (blue.isEmpty() || green.isEmpty()) {
            List<Instance> side = blue.isEmpty() ? green : blue;
            return side.get(Math.floorMod(blue.isEmpty() ? nextGreen++ : nextBlue++, side.size()));
        }
        blueCredit += blueWeight;
        greenCredit += greenWeight;
        if (greenCredit > blueCredit) {
            greenCredit -= blueWeight + greenWeight;
            return green.get(Math.floorMod(nextGreen++, green.size()));
        }
        blueCredit -= blueWeight + greenWeight;
        return blue.get(Math.floorMod(nextBlue++, blue.size()));
    }
}
