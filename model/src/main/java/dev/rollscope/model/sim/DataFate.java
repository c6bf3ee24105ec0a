package dev.rollscope.model.sim;

import java.util.EnumSet;
import java.util.Set;

/**
 * What became of a failed request's database transaction (domain.md §16), for the attempt whose
 * answer the client saw: whether retrying it could write the same data twice.
 *
 * @param kind       what the database holds
 * @param instance   the application instance that ran (or would have run) the transaction, or empty
 * @param begin      when it began, ms from the start of the scenario, or -1 when it never began
 * @param commit     when its commit is (or would be) acknowledged, ms, or -1 when it never began
 * @param idempotent whether the request may be repeated without harm (a GET: yes; a POST: no)
 */
public record DataFate(Kind kind, String instance, long begin, long commit, boolean idempotent) {

    private static final Set<Cause> PROCESS_ENDS = EnumSet.of(Cause.STOPPED_AT_ONCE, Cause.GRACE_PERIOD_EXPIRED,
            Cause.INSTANCE_CRASHED);

    /**
     * True when a cut for this cause at the application ends its process, and with it its database
     * connections (it exits at once, is killed at the end of its grace period, or crashes): the
     * server then rolls back the open transaction (domain.md §16). Any other failure leaves the
     * application working on the request.
     */
    public static boolean endsProcess(Cause cause) {
        return PROCESS_ENDS.contains(cause);
    }

    /** What the database holds when the request has failed. */
    public enum Kind {
        /** The request failed before its transaction began: nothing written. */
        NOT_BEGUN,
        /** The application exited inside the transaction; the server rolled it back: nothing written. */
        ROLLED_BACK,
        /** The transaction had committed before the request was cut: the data is written. */
        COMMITTED,
        /**
         * The request failed elsewhere while the application still worked on it: the application
         * does not learn of it and commits unless it exits first. For the client the outcome is unknown.
         */
        LEFT_RUNNING;

        /** True when the data is (or may still be) written although the client saw a failure. */
        public boolean mayBeWritten() {
            return switch (this) {
                case NOT_BEGUN, ROLLED_BACK -> false;
                case COMMITTED, LEFT_RUNNING -> true;
            };
        }
    }
}
