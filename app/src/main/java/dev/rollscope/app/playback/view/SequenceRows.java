package dev.rollscope.app.playback.view;

import dev.rollscope.model.sim.TraceEvent;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** One row of the sequence diagram: an arrow between two lifelines, or a note on one. */
final class SequenceRows {

    private SequenceRows() {
    }

    /** Whether an event gets a row (timers armed and cleared do not). */
    static boolean shown(TraceEvent e) {
        return switch (e.type()) {
            case TIMER_ARMED, TIMER_CLEARED, RESPONSE_RECEIVED -> false;
            case REQUEST_SENT, CONNECTED, CONNECT_FAILED, BODY_STARTED, BODY_RECEIVED, PROCESSING_STARTED,
                    RESPONSE_STARTED, TIMER_FIRED, STALLED, CUT, RETRIED, STATUS_SENT, REQUEST_DONE, UPLOAD_NEXT,
                    // not a request's event: the diagram is given none
                    INSTANCE_CREATED, INSTANCE_LISTENING, INSTANCE_READY, INSTANCE_AVAILABLE, VIEW_ADDED, VIEW_REMOVED,
                    REMOVAL_STARTED, DRAIN_STARTED, DRAIN_ENDED, PRESTOP_STARTED, PRESTOP_ENDED, SIGNAL,
                    LISTENER_CLOSED, PROCESS_EXITED, INSTANCE_GONE, INSTANCE_CRASHED, DISRUPTION_STARTED,
                    DISRUPTION_FINISHED, TRAFFIC_SWITCHED, NODE_DRAIN_STARTED, EVICTION_BLOCKED -> true;
        };
    }

    static void paint(GraphicsContext g, Palette p, CanvasFont fonts, TraceEvent e, String label, double lane,
                      double y) {
        double from = lane * (Math.max(0, e.station()) + 0.5);
        boolean arrow = e.peerStation() >= 0 && e.peerStation() != e.station();
        boolean bad = switch (e.type()) {
            case CUT, CONNECT_FAILED, STALLED, TIMER_FIRED -> true;
            case REQUEST_DONE, STATUS_SENT -> e.value() >= 400 || e.value() == 0;
            case REQUEST_SENT, CONNECTED, BODY_STARTED, BODY_RECEIVED, PROCESSING_STARTED, RESPONSE_STARTED,
                    RESPONSE_RECEIVED, TIMER_ARMED, TIMER_CLEARED, RETRIED, UPLOAD_NEXT,
                    // not a request's event: the diagram is given none
                    INSTANCE_CREATED, INSTANCE_LISTENING, INSTANCE_READY, INSTANCE_AVAILABLE, VIEW_ADDED, VIEW_REMOVED,
                    REMOVAL_STARTED, DRAIN_STARTED, DRAIN_ENDED, PRESTOP_STARTED, PRESTOP_ENDED, SIGNAL,
                    LISTENER_CLOSED, PROCESS_EXITED, INSTANCE_GONE, INSTANCE_CRASHED, DISRUPTION_STARTED,
                    DISRUPTION_FINISHED, TRAFFIC_SWITCHED, NODE_DRAIN_STARTED, EVICTION_BLOCKED -> false;
        };
        g.setStroke(bad ? p.failure() : p.text());
        g.setFill(bad ? p.failure() : p.text());
        g.setLineWidth(1.4);
        g.setFont(fonts.regular(10.5));
        g.setTextBaseline(VPos.BOTTOM);
        if (arrow) {
            double to = lane * (e.peerStation() + 0.5);
            g.strokeLine(from, y, to, y);
            double dir = Math.signum(to - from);
            if (bad) {
                StateIcons.cross(Pen.on(g), to - dir * 5, y, 4);
            } else {
                g.fillPolygon(new double[] {to, to - dir * 7, to - dir * 7}, new double[] {y, y - 4, y + 4}, 3);
            }
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(label, (from + to) / 2, y - 2, Math.abs(to - from) + lane / 2);
        } else {
            g.setTextAlign(TextAlignment.LEFT);
            g.strokeRect(from - 3, y - 3, 6, 6);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(label, from + 8, y, lane * 3);
        }
    }
}
