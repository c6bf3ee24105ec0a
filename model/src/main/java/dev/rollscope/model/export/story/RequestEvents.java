package dev.rollscope.model.export.story;

import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One request's own trace events, in order, and when what one of them started really ended. */
final class RequestEvents {

    /** Request events that end whatever transfer or processing of the request is under way. */
    private static final Set<TraceEventType> BREAKS = EnumSet.of(TraceEventType.CUT, TraceEventType.STALLED,
            TraceEventType.TIMER_FIRED, TraceEventType.STATUS_SENT, TraceEventType.REQUEST_DONE);

    private final List<TraceEvent> own;
    private final long end;

    /** @param end when the request ended (its outcome's end) */
    RequestEvents(List<TraceEvent> own, long end) {
        this.own = own;
        this.end = end;
    }

    /** The request's event at {@code stop} that broke what {@code e} started, or null when nothing broke it. */
    TraceEvent breakAt(TraceEvent e, long stop) {
        for (int i = own.indexOf(e) + 1; i < own.size() && own.get(i).time() <= stop; i++) {
            if (BREAKS.contains(own.get(i).type()) && own.get(i).time() == stop) {
                return own.get(i);
            }
        }
        return null;
    }

    /**
     * When the activity {@code e} starts (a transfer, processing) really ended: at its planned end,
     * unless the request broke first (a cut, a stall, a timer, an answer of a hop) or ended.
     */
    long stopOf(TraceEvent e) {
        long stop = Math.min(e.until(), end);
        for (int i = own.indexOf(e) + 1; i < own.size() && own.get(i).time() < stop; i++) {
            if (BREAKS.contains(own.get(i).type())) {
                return own.get(i).time();
            }
        }
        return stop;
    }

    /** The time of the request's next event after {@code e} that is not a timer's bookkeeping, or {@code e}'s. */
    long nextAfter(TraceEvent e) {
        for (int i = own.indexOf(e) + 1; i < own.size(); i++) {
            TraceEventType type = own.get(i).type();
            if (type != TraceEventType.TIMER_ARMED && type != TraceEventType.TIMER_CLEARED) {
                return own.get(i).time();
            }
        }
        return e.time();
    }
}
