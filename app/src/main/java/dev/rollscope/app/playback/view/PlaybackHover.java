package dev.rollscope.app.playback.view;

import dev.rollscope.app.playback.PlaybackModel;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Outcome;
import java.util.Optional;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * The mouse on the playback canvas: hovering a failure mark shows the full explanation and fix of
 * its first request, hovering a token names the request; clicking either selects that request
 * (clicking empty space clears the selection).
 */
final class PlaybackHover {

    private final PlaybackCanvas canvas;
    private final PlaybackModel model;
    private final Tooltip tooltip = new Tooltip();

    PlaybackHover(PlaybackCanvas canvas, PlaybackModel model) {
        this.canvas = canvas;
        this.model = model;
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        canvas.setOnMouseMoved(this::moved);
        canvas.setOnMouseExited(e -> tooltip.hide());
        canvas.setOnMouseClicked(this::clicked);
    }

    private void moved(MouseEvent e) {
        Optional<String> text = requestUnder(e).map(this::describe);
        if (text.isEmpty()) {
            tooltip.hide();
            return;
        }
        tooltip.setText(text.get());
        if (!tooltip.isShowing()) {
            tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }

    private void clicked(MouseEvent e) {
        model.selectedRequestProperty().set(requestUnder(e).orElse(-1));
    }

    private Optional<Integer> requestUnder(MouseEvent e) {
        Optional<FailureMark> mark = canvas.markAt(e.getX(), e.getY());
        if (mark.isPresent()) {
            return Optional.of(mark.get().requests().get(0));
        }
        return canvas.requestAt(e.getX(), e.getY());
    }

    /** A request's id and method, and for a failed one its explanation and fix. */
    private String describe(int request) {
        PlaybackTexts texts = model.texts();
        Outcome o = model.timeline().playhead().result().outcomes().get(request);
        String head = texts.format("hover.request", o.requestId(),
                model.timeline().playhead().result().requests().get(request).method());
        if (o.ok() || o.failure() == null) {
            return head;
        }
        Explanation x = texts.explain(o.failure());
        return texts.format("hover.failure", head, o.statusText(), o.failure().hop(), x.summary(), x.why(), x.inequality());
    }
}
