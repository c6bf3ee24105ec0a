package dev.rollscope.app.corpus;

/** What every command must do with a corpus case. */
enum Expect {
    /** Read and run: exit 0 (1 from check or sweep when a request fails), nothing on stderr. */
    VALID,
    /** Refused by every command: exit 2, nothing on stdout, one short located line on stderr. */
    REFUSED,
    /**
     * Valid, but its work is over the limit: refused by every command before it runs, with the
     * estimate and what to reduce, on one located line.
     */
    OVER_LIMIT,
    /** A random mutation: either {@link #VALID} or {@link #REFUSED}, and clean either way. */
    EITHER
}
