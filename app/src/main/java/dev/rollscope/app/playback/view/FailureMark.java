package dev.rollscope.app.playback.view;

import dev.rollscope.model.sim.Cause;
import java.util.List;

/**
 * A failure mark as drawn: the hop and instance where requests broke, the status the client saw,
 * the cause, the requests it stands for, and where it is on the canvas.
 *
 * @param instance the instance id, or "" when no instance was involved
 */
public record FailureMark(String hop, String instance, int status, Cause cause, List<Integer> requests,
                          double x, double y) {

    public FailureMark {
        requests = List.copyOf(requests);
    }

    /** True when (px, py) is on the mark. */
    boolean hit(double px, double py) {
        return Math.abs(px - x) <= 9 && Math.abs(py - y) <= 9;
    }
}
