package dev.rollscope.model.export.story;

import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.Times;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Transaction;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.DataFate;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import java.util.Optional;

/**
 * The note that tells what became of the database transaction inside one processing of a request
 * (domain.md §16): committed, rolled back when the application ended inside it, never begun, or
 * left running when the request broke elsewhere. The same rule as the verdict's {@link DataFate}.
 */
final class TransactionNote {

    private TransactionNote() {
    }

    /**
     * @param processing the request's PROCESSING_STARTED event
     * @param where      the instance that processes it
     * @param stop       when that processing really ended (its planned end, or when the request broke)
     * @param broke      the event that broke it at {@code stop}, or null
     */
    static Optional<String> of(ExportTexts t, RequestSpec spec, TraceEvent processing, String where, long stop,
                               TraceEvent broke) {
        Transaction tx = spec.transaction();
        if (tx == null) {
            return Optional.empty();
        }
        long begin = processing.time() + tx.from().millis();
        long commit = processing.time() + tx.commitAt().millis();
        if (stop >= commit) {
            return Optional.of(t.get("tx.commit", where, Times.at(begin), Times.at(commit)));
        }
        boolean ended = broke != null && broke.type() == TraceEventType.CUT
                && broke.peerStation() == processing.station() && endsProcess(broke.detail());
        if (!ended) {
            return Optional.of(t.get("tx.running", where, Times.at(begin), Times.at(stop), Times.at(commit)));
        }
        return Optional.of(stop < begin ? t.get("tx.none", where, Times.at(stop))
                : t.get("tx.rollback", where, Times.at(begin), Times.at(stop)));
    }

    private static boolean endsProcess(String cause) {
        for (Cause c : Cause.values()) {
            if (c.name().equals(cause)) {
                return DataFate.endsProcess(c);
            }
        }
        return false;
    }
}
