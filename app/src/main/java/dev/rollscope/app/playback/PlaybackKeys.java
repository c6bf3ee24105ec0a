package dev.rollscope.app.playback;

import dev.rollscope.app.playback.timeline.TimelineModel;
import javafx.scene.input.KeyCode;

/**
 * The playback's keys, the same on the Play tab and in the presentation: space plays or pauses,
 * left and right step between events, Home and End jump to the start and the end, + and -
 * double or halve the speed.
 */
final class PlaybackKeys {

    private final PlaybackModel model;

    PlaybackKeys(PlaybackModel model) {
        this.model = model;
    }

    /** Does what {@code code} asks; false when it is not a playback key (or nothing is loaded). */
    boolean handle(KeyCode code) {
        TimelineModel t = model.timeline();
        if (t == null) {
            return false;
        }
        switch (code) {
            case SPACE -> t.togglePlay();
            case LEFT -> model.stepBack();
            case RIGHT -> model.stepForward();
            case HOME -> seek(t, 0);
            case END -> seek(t, t.endTime());
            case PLUS, ADD, EQUALS -> t.setSpeed(t.speedProperty().get() * 2);
            case MINUS, SUBTRACT -> t.setSpeed(t.speedProperty().get() / 2);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void seek(TimelineModel t, long time) {
        t.pause();
        t.seek(time);
    }
}
