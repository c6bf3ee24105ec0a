package dev.rollscope.model.sim;

import dev.rollscope.model.scenario.RequestSpec;
import java.util.Optional;

/**
 * Receives each request's outcome as the request ends, in the order requests end, so that a caller
 * can write a long run out without the simulation keeping its outcomes (see
 * {@code facade.Simulator.stream}).
 */
@FunctionalInterface
public interface OutcomeStream {

    /**
     * @param outcome how the request ended
     * @param request the request as it was sent
     * @param upload  how it went as a resumable upload, when it is one
     */
    void ended(Outcome outcome, RequestSpec request, Optional<UploadSummary> upload);

    /**
     * What a streamed run leaves once every outcome has been handed on.
     *
     * @param requests   requests sent (the scenario's own and those of its traffic mix)
     * @param failed     requests that failed
     * @param endTime    when the last thing happened
     * @param eventCount engine events processed
     */
    record Totals(long requests, long failed, long endTime, long eventCount) {

        public boolean allOk() {
            return failed == 0;
        }
    }
}
