package dev.rollscope.app.playback;

import dev.rollscope.app.playback.timeline.TimelineModel;
import javafx.animation.AnimationTimer;

/**
 * Moves the playing timeline once per frame by the real time since the last frame. Runs only
 * while the timeline plays, so a paused playback costs nothing.
 */
final class PlayheadDriver extends AnimationTimer {

    private final PlaybackModel model;
    private long last = -1;

    PlayheadDriver(PlaybackModel model) {
        this.model = model;
        model.timelineProperty().addListener((obs, old, now) -> watch(now));
        watch(model.timeline());
    }

    private void watch(TimelineModel timeline) {
        if (timeline == null) {
            stop();
            return;
        }
        timeline.playingProperty().addListener((obs, was, playing) -> {
            if (timeline == model.timeline()) {
                follow(playing);
            }
        });
        follow(timeline.playingProperty().get());
    }

    private void follow(boolean playing) {
        if (playing) {
            last = -1;
            start();
        } else {
            stop();
        }
    }

    @Override
    public void handle(long now) {
        TimelineModel t = model.timeline();
        if (t != null && last >= 0) {
            t.advance((now - last) / 1_000_000.0);
        }
        last = now;
    }
}
