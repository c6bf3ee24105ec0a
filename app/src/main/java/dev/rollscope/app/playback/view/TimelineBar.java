package dev.rollscope.app.playback.view;

import dev.rollscope.app.playback.PlaybackModel;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.timeline.TimelineModel;
import dev.rollscope.app.theme.StyleClasses;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The timeline bar: the {@link TimelineTrack} above buttons to step back, play or pause, step
 * forward and loop, a speed slider (0.1× to 100×, logarithmic), the current simulated time and a
 * notice when a step found nothing more to show. Buttons and labels keep their whole text.
 */
public final class TimelineBar extends VBox {

    private final PlaybackModel model;
    private final PlaybackTexts texts;
    private final TimelineTrack track;
    private final Button play = new Button();
    private final ToggleButton loop = new ToggleButton();
    private final Slider speed = new Slider(Math.log10(TimelineModel.MIN_SPEED), Math.log10(TimelineModel.MAX_SPEED), 0);
    private final Label speedText = new Label();
    private final Label timeText = new Label();

    public TimelineBar(PlaybackModel model) {
        this.model = model;
        this.texts = model.texts();
        this.track = new TimelineTrack(model);
        track.setId("timeline-track");
        createView();
        model.timelineProperty().addListener((obs, old, now) -> bind(old, now));
        bind(null, model.timeline());
    }

    public ObjectProperty<Palette> paletteProperty() {
        return track.paletteProperty();
    }

    private void createView() {
        Button back = button("timeline.stepBack", "timeline-step-back", model::stepBack);
        Button forward = button("timeline.stepForward", "timeline-step-forward", model::stepForward);
        play.setId("timeline-play");
        play.setMinWidth(Region.USE_PREF_SIZE);
        loop.setMinWidth(Region.USE_PREF_SIZE);
        play.setOnAction(e -> model.timeline().togglePlay());
        loop.setId("timeline-loop");
        loop.setText(texts.get("timeline.loop"));
        speed.setId("timeline-speed");
        speed.setPrefWidth(140);
        speed.valueProperty().addListener((obs, old, now) -> {
            if (model.timeline() != null) {
                model.timeline().setSpeed(Math.pow(10, now.doubleValue()));
            }
        });
        timeText.setId("timeline-time");
        timeText.setMinWidth(Region.USE_PREF_SIZE);
        speedText.setMinWidth(Region.USE_PREF_SIZE);
        speed.setMinWidth(60);
        Label speedLabel = new Label(texts.get("timeline.speed"));
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label notice = new Label();
        notice.setId("timeline-notice");
        notice.setWrapText(true);
        notice.setMinWidth(0);
        notice.textProperty().bind(model.noticeProperty());
        notice.getStyleClass().add(StyleClasses.MUTED);
        HBox.setHgrow(notice, Priority.ALWAYS);
        HBox buttons = new HBox(6, back, play, forward, loop, speedLabel, speed, speedText, timeText, notice);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(track, buttons);
        VBox.setVgrow(track, Priority.NEVER);
        setSpacing(4);
        setPadding(new Insets(6, 8, 6, 8));
        disableProperty().bind(model.timelineProperty().isNull());
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(texts.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void bind(TimelineModel old, TimelineModel now) {
        if (old != null) {
            loop.selectedProperty().unbindBidirectional(old.loopProperty());
        }
        if (now == null) {
            play.setText(texts.get("timeline.play"));
            timeText.setText("");
            return;
        }
        loop.selectedProperty().bindBidirectional(now.loopProperty());
        speed.setValue(Math.log10(now.speedProperty().get()));
        now.playingProperty().addListener((obs, was, playing) -> showPlaying(now));
        now.timeProperty().addListener((obs, was, t) -> showTime(now));
        now.speedProperty().addListener((obs, was, s) -> {
            speedText.setText(texts.format("timeline.speedValue", s));
            speed.setValue(Math.log10(s.doubleValue()));
        });
        speedText.setText(texts.format("timeline.speedValue", now.speedProperty().get()));
        showPlaying(now);
        showTime(now);
    }

    private void showPlaying(TimelineModel t) {
        if (t == model.timeline()) {
            play.setText(texts.get(t.playingProperty().get() ? "timeline.pause" : "timeline.play"));
        }
    }

    private void showTime(TimelineModel t) {
        if (t == model.timeline()) {
            timeText.setText(texts.seconds(t.time()) + " / " + texts.seconds(t.endTime()));
        }
    }
}
