package dev.rollscope.app.playback.teach;

import dev.rollscope.app.playback.PlaybackModel;
import dev.rollscope.app.playback.timeline.TimelineModel;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The teaching walk: {@link #start()} rewinds; each {@link #next()} plays to the next stop of the
 * {@link TeachingScript} (within {@link #travelMillisProperty() travel time} of real time) and
 * shows its caption, or asks its question; a question must be answered ({@link #answer(int)})
 * before the walk goes on. Loading another simulation ends the walk.
 */
public final class TeachingModel {

    /** Real milliseconds the playhead takes to reach the next stop. */
    public static final double DEFAULT_TRAVEL_MILLIS = 1200;

    private final PlaybackModel playback;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyObjectWrapper<TeachingStop> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyBooleanWrapper canGoOn = new ReadOnlyBooleanWrapper(this, "canGoOn");
    private final DoubleProperty travelMillis =
            new SimpleDoubleProperty(this, "travelMillis", DEFAULT_TRAVEL_MILLIS);
    private List<TeachingStop> stops = List.of();
    private int index;

    public TeachingModel(PlaybackModel playback) {
        this.playback = playback;
        playback.timelineProperty().addListener((obs, old, now) -> stop());
    }

    // Properties

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The caption of the stop reached (or the question asked), "" while travelling. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** Whether the last answer was right, and what does fail; "" before an answer. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** The question waiting for an answer, or null. */
    public ReadOnlyObjectProperty<TeachingStop> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** True when {@link #next()} may be called: at a stop, or after answering a question. */
    public ReadOnlyBooleanProperty canGoOnProperty() {
        return canGoOn.getReadOnlyProperty();
    }

    /** Real milliseconds per trip to the next stop; 0 jumps at once (tests). */
    public DoubleProperty travelMillisProperty() {
        return travelMillis;
    }

    // Commands

    /** Starts the walk from time 0 and goes to its first stop. */
    public void start() {
        TimelineModel t = playback.timeline();
        if (t == null) {
            return;
        }
        stops = TeachingScript.of(t.playhead().result(), playback.texts(), playback.selectedRequestProperty().get());
        index = -1;
        t.pause();
        t.seek(0);
        active.set(true);
        canGoOn.set(true);
        next();
    }

    /** Ends the walk where it is. */
    public void stop() {
        active.set(false);
        question.set(null);
        caption.set("");
        feedback.set("");
        canGoOn.set(false);
    }

    /** Goes to the next stop. */
    public void next() {
        if (!active.get() || !canGoOn.get()) {
            return;
        }
        feedback.set("");
        index++;
        if (index >= stops.size()) {
            caption.set(playback.texts().get("teach.end"));
            canGoOn.set(false);
            return;
        }
        TeachingStop stop = stops.get(index);
        caption.set("");
        canGoOn.set(false);
        playback.timeline().playTo(stop.time() - (stop.isQuestion() ? 1 : 0), travelMillis.get(), () -> arrive(stop));
    }

    /** Answers the question waiting: says whether {@code request} is one that fails. */
    public void answer(int request) {
        TeachingStop q = question.get();
        if (q == null) {
            return;
        }
        String failing = q.failing().stream().map(r -> playback.timeline().playhead().result().outcomes().get(r)
                .requestId()).reduce((a, b) -> a + ", " + b).orElse("");
        feedback.set(playback.texts().format(q.failing().contains(request) ? "teach.right" : "teach.wrong", failing));
        question.set(null);
        canGoOn.set(true);
    }

    private void arrive(TeachingStop stop) {
        if (!active.get()) {
            return;
        }
        caption.set(stop.caption());
        if (stop.isQuestion()) {
            question.set(stop);
        } else {
            canGoOn.set(true);
        }
    }
}
