package dev.rollscope.app.playback;

import dev.rollscope.app.playback.state.Playhead;
import dev.rollscope.app.playback.timeline.TimelineModel;
import dev.rollscope.model.sim.SimulationResult;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * What the playback views show: the timeline of the simulation being played (null before the
 * first one), and the request the user selected (-1 for none). Loading a new simulation keeps the
 * time shown, the speed, the loop setting and the selection.
 */
public final class PlaybackModel {

    private final PlaybackTexts texts;
    private final ReadOnlyObjectWrapper<TimelineModel> timeline = new ReadOnlyObjectWrapper<>(this, "timeline");
    private final IntegerProperty selectedRequest = new SimpleIntegerProperty(this, "selectedRequest", -1);

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

    // Commands

    /**
     * Shows a new simulation (the project or the scenario changed) at the time shown before, with
     * the same request selected when it still exists, so an edit can be watched where it matters.
     */
    public void load(SimulationResult result) {
        TimelineModel old = timeline.get();
        TimelineModel next = new TimelineModel(new Playhead(result));
        if (old != null) {
            next.setSpeed(old.speedProperty().get());
            next.loopProperty().set(old.loopProperty().get());
            next.seek(old.time());
            old.pause();
        }
        if (selectedRequest.get() >= result.requests().size()) {
            selectedRequest.set(-1);
        }
        timeline.set(next);
    }
}
