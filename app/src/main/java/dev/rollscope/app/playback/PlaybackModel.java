package dev.rollscope.app.playback;

import dev.rollscope.app.playback.state.Playhead;
import dev.rollscope.app.playback.timeline.TimelineModel;
import dev.rollscope.model.sim.SimulationResult;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * What the playback views show: the timeline of the simulation being played (null before the
 * first one), the request the user selected (-1 for none), and a notice about the last step (the
 * end reached). Loading a new simulation keeps the time shown, the speed, the loop setting and the
 * selection, unless it is a fresh start (another file opened).
 */
public final class PlaybackModel {

    private final PlaybackTexts texts;
    private final ReadOnlyObjectWrapper<TimelineModel> timeline = new ReadOnlyObjectWrapper<>(this, "timeline");
    private final IntegerProperty selectedRequest = new SimpleIntegerProperty(this, "selectedRequest", -1);
    private final BooleanProperty answersHidden = new SimpleBooleanProperty(this, "answersHidden");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public PlaybackModel(PlaybackTexts texts) {
        this.texts = texts;
    }

    public PlaybackTexts texts() {
        return texts;
    }

    // Properties

    public ReadOnlyObjectProperty<TimelineModel> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** The timeline being played, or null. */
    public TimelineModel timeline() {
        return timeline.get();
    }

    /** The index of the selected request, or -1. */
    public IntegerProperty selectedRequestProperty() {
        return selectedRequest;
    }

    /**
     * While true (a lesson asks its question), the views keep the answers to themselves: no
     * failure marks or cut paths on the stage, no failures on the timeline, no verdicts.
     */
    public BooleanProperty answersHiddenProperty() {
        return answersHidden;
    }

    /** What the last step could not do (no event after the end), "" otherwise; cleared when time moves. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    // Commands

    /** Steps to the next event, or says that there is none after the time shown. */
    public void stepForward() {
        TimelineModel t = timeline.get();
        if (t != null && !t.stepForward()) {
            notice.set(texts.format("timeline.atEnd", texts.seconds(t.time())));
        }
    }

    public void stepBack() {
        TimelineModel t = timeline.get();
        if (t != null) {
            t.stepBack();
        }
    }

    /** Shows the current simulation from its start, with nothing selected (another file was opened). */
    public void startOver() {
        TimelineModel t = timeline.get();
        selectedRequest.set(-1);
        if (t != null) {
            t.pause();
            t.seek(0);
        }
    }

    /**
     * Shows a new simulation (the project or the scenario changed) at the time shown before, with
     * the same request selected when it still exists, so an edit can be watched where it matters.
     */
    public void load(SimulationResult result) {
        load(result, false);
    }

    /** Shows no simulation (one whose trace is not played): the one shown stops and goes. */
    public void unload() {
        TimelineModel old = timeline.get();
        if (old != null) {
            old.pause();
        }
        notice.set("");
        timeline.set(null);
    }

    /** Shows a new simulation; a {@code fresh} one from its start with nothing selected. */
    public void load(SimulationResult result, boolean fresh) {
        TimelineModel old = timeline.get();
        TimelineModel next = new TimelineModel(new Playhead(result));
        next.timeProperty().addListener((obs, was, now) -> notice.set(""));
        notice.set("");
        if (fresh) {
            selectedRequest.set(-1);
        }
        if (old != null) {
            next.setSpeed(old.speedProperty().get());
            next.loopProperty().set(old.loopProperty().get());
            next.seek(fresh ? 0 : old.time());
            old.pause();
        }
        if (selectedRequest.get() >= result.requests().size()) {
            selectedRequest.set(-1);
        }
        timeline.set(next);
    }
}
