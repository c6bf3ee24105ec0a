package dev.rollscope.app.playback.timeline;

import dev.rollscope.app.playback.state.Playhead;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The playhead of one simulation: the simulated time shown, whether it plays, at what speed
 * (simulated time per real time, {@link #MIN_SPEED} to {@link #MAX_SPEED}), whether it loops, and
 * the markers of the timeline. {@link #advance(double)} moves it by real milliseconds (an animation
 * timer calls it each frame); every other change is a command. No scene is needed.
 */
public final class TimelineModel {

    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 100;

    private final Playhead playhead;
    private final List<Marker> markers;
    private final ReadOnlyLongWrapper time = new ReadOnlyLongWrapper(this, "time");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", 1);
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop");
    private double exact;
    private Trip trip;

    /** A bounded play towards a time, at a speed, with what to do on arrival. */
    private record Trip(long target, double speed, Runnable onArrival) {
    }

    public TimelineModel(Playhead playhead) {
        this.playhead = Objects.requireNonNull(playhead, "playhead");
        this.markers = Marker.of(playhead.result());
    }

    // Properties

    public Playhead playhead() {
        return playhead;
    }

    /** The simulated time shown, ms from the start of the scenario. */
    public ReadOnlyLongProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public long time() {
        return time.get();
    }

    public long endTime() {
        return playhead.endTime();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** Whether playing past the end starts again from 0. */
    public BooleanProperty loopProperty() {
        return loop;
    }

    /** Rollout events and failures, in time order. */
    public List<Marker> markers() {
        return markers;
    }

    // Commands

    public void play() {
        if (time.get() >= endTime()) {
            seek(0);
        }
        trip = null;
        playing.set(true);
    }

    public void pause() {
        trip = null;
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Shows time t (clamped to 0 and the end); a bounded play in progress is abandoned. */
    public void seek(long t) {
        trip = null;
        exact = Math.max(0, Math.min(endTime(), t));
        time.set((long) exact);
    }

    /**
     * Pauses on the next time anything happened.
     *
     * @return false when nothing happens after the time shown (the playhead stays)
     */
    public boolean stepForward() {
        pause();
        long before = time.get();
        long next = playhead.nextEventTime(before);
        seek(next);
        return next > before;
    }

    /** Pauses on the last time before now at which anything happened. */
    public void stepBack() {
        pause();
        seek(playhead.previousEventTime(time.get()));
    }

    /** Sets the speed, clamped to {@link #MIN_SPEED}..{@link #MAX_SPEED}. */
    public void setSpeed(double value) {
        speed.set(Math.max(MIN_SPEED, Math.min(MAX_SPEED, value)));
    }

    /**
     * Plays to {@code target}, fast enough to get there within {@code realMillis} (0 = at once),
     * then pauses and runs {@code onArrival}. Seeking or pausing first cancels it.
     */
    public void playTo(long target, double realMillis, Runnable onArrival) {
        long to = Math.max(time.get(), Math.min(endTime(), target));
        double needed = realMillis <= 0 ? Double.POSITIVE_INFINITY : (to - exact) / realMillis;
        Trip t = new Trip(to, Math.max(speed.get(), needed), onArrival);
        playing.set(true);
        trip = t;
        if (realMillis <= 0) {
            advance(0);
        }
    }

    /** Moves the playhead by {@code realMillis} of real time at the current speed, if playing. */
    public void advance(double realMillis) {
        if (!playing.get()) {
            return;
        }
        if (trip != null) {
            advanceTrip(realMillis);
            return;
        }
        exact += realMillis * speed.get();
        if (exact >= endTime()) {
            exact = loop.get() ? 0 : endTime();
            playing.set(loop.get());
        }
        time.set((long) exact);
    }

    private void advanceTrip(double realMillis) {
        Trip t = trip;
        exact = Double.isInfinite(t.speed()) ? t.target() : Math.min(t.target(), exact + realMillis * t.speed());
        time.set((long) exact);
        if (exact >= t.target()) {
            trip = null;
            playing.set(false);
            t.onArrival().run();
        }
    }
}
