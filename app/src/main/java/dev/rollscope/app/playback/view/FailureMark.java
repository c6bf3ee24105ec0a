package dev.rollscope.app.playback.view;

import dev.rollscope.model.sim.Cause;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * A failure mark as drawn: the hop and instance where requests broke, the status the client saw,
 * the cause, the requests it stands for, and where it is on the canvas (in drawing units): the
 * cross at (x, y) and its label, both inside the column of the hop that cut.
 *
 * @param instance the instance id, or "" when no instance was involved
 */
public record FailureMark(String hop, String instance, int status, Cause cause, List<Integer> requests,
                          double x, double y, Rectangle2D label) {

    public FailureMark {
        requests = List.copyOf(requests);
    }

    /** True when (px, py) is on the cross or on its label. */
    boolean hit(double px, double py) {
        return Math.abs(px - x) <= 9 && Math.abs(py - y) <= 9 || label.contains(px, py);
    }
}
