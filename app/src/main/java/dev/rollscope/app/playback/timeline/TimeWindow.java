package dev.rollscope.app.playback.timeline;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The part of a simulation's time the timeline track shows, [{@link #from()}, {@link #to()}] within
 * [0, end]: all of it at first; zoomed around a time, panned, and kept around the playhead. At
 * its narrowest it shows {@link #MIN_SPAN} ms.
 */
public final class TimeWindow {

    public static final long MIN_SPAN = 500;
    /** Tick steps in ms, smallest first; {@link #tick(double)} picks one. */
    private static final long[] TICKS = {100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000,
        300_000, 600_000, 1_800_000, 3_600_000};

    private final long end;
    private final ReadOnlyLongWrapper from = new ReadOnlyLongWrapper(this, "from");
    private final ReadOnlyLongWrapper to = new ReadOnlyLongWrapper(this, "to");

    public TimeWindow(long end) {
        this.end = Math.max(end, 1);
        showAll();
    }

    /**
     * The window over a new simulation {@code end} ms long that follows {@code old} (after an edit,
     * another scenario or file): the old zoom and position when the user had zoomed or panned, all
     * of the new time when the old window showed all of its own (so a longer simulation is not cut).
     */
    public static TimeWindow after(TimeWindow old, long end) {
        TimeWindow w = new TimeWindow(end);
        if (old != null && old.span() < old.end) {
            w.zoom(old.span() / (double) w.span(), 0);
            w.pan(old.from());
        }
        return w;
    }

    // Properties

    public ReadOnlyLongProperty fromProperty() {
        return from.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty toProperty() {
        return to.getReadOnlyProperty();
    }

    public long from() {
        return from.get();
    }

    public long to() {
        return to.get();
    }

    public long span() {
        return to.get() - from.get();
    }

    /**
     * The step between labelled ticks for a track {@code width} pixels wide: the smallest that
     * leaves at least 70 px between labels.
     */
    public long tick(double width) {
        for (long t : TICKS) {
            if (width * t / span() >= 70) {
                return t;
            }
        }
        return TICKS[TICKS.length - 1];
    }

    // Commands

    public void showAll() {
        set(0, end);
    }

    /** Multiplies the span by {@code factor} (below 1 zooms in) keeping time {@code around} in place. */
    public void zoom(double factor, long around) {
        long span = Math.max(MIN_SPAN, Math.min(end, Math.round(span() * factor)));
        double share = (around - from.get()) / (double) span();
        long start = Math.round(around - share * span);
        set(start, start + span);
    }

    /** Moves the window by {@code millis} (negative: earlier), keeping its span. */
    public void pan(long millis) {
        set(from.get() + millis, to.get() + millis);
    }

    /** Moves the window, keeping its span, so that time t is in view. */
    public void follow(long t) {
        if (t < from.get()) {
            pan(t - from.get());
        } else if (t > to.get()) {
            pan(t - to.get());
        }
    }

    private void set(long start, long stop) {
        long span = stop - start;
        long a = Math.max(0, Math.min(end - span, start));
        from.set(a);
        to.set(a + span);
    }
}
