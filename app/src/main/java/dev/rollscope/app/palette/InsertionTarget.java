package dev.rollscope.app.palette;

import dev.rollscope.model.topology.HopKind;

/**
 * Where the palette inserts hops: the canvas. The palette drives a drag itself (no platform
 * drag-and-drop), reporting scene coordinates.
 */
public interface InsertionTarget {

    /**
     * A hop of {@code kind} is dragged over a scene point: show where it would go.
     *
     * @return false when the point is outside the target
     */
    boolean hover(HopKind kind, double sceneX, double sceneY);

    /** The drag ended at a scene point the last {@link #hover} accepted: insert there. */
    void drop(HopKind kind, double sceneX, double sceneY);

    /** The drag left the target or ended outside it. */
    void leave();

    /** Insert without a place (a click or Enter): next to the selection. */
    void insert(HopKind kind);
}
