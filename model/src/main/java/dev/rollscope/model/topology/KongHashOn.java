package dev.rollscope.model.topology;

/**
 * A Kong upstream's {@code hash_on} (domain.md §12): what its consistent-hashing balancer hashes to
 * pick a target. {@link #NONE} keeps the default round-robin.
 */
public enum KongHashOn {
    NONE, CONSUMER, IP, HEADER, COOKIE, PATH, QUERY_ARG, URI_CAPTURE;

    /** What Kong hashes: nothing, the source address of the connection, or what the client sends. */
    public SessionAffinity.Key key() {
        return switch (this) {
            case NONE -> SessionAffinity.Key.NONE;
            case IP -> SessionAffinity.Key.ADDRESS;
            // Rollscope's requests of one client share consumer, header, cookie, path and query
            case CONSUMER, HEADER, COOKIE, PATH, QUERY_ARG, URI_CAPTURE -> SessionAffinity.Key.CLIENT;
        };
    }
}
