package dev.rollscope.model.sim.engine;

/**
 * An HTTP keepalive connection from a caller instance to the next L7 station, through the L4
 * instances between them. While idle it sits in its caller's pool.
 */
final class PooledConnection {

    final int id;
    /** Where {@link Pools} keeps it while it is open; another connection's once it has closed. */
    final int slot;
    final int caller;
    final int callerInstance;
    /** Instance index at each station caller+1 .. callee. */
    final int[] path;
    final long created;
    long idleSince;
    boolean idle;
    boolean closed;
    /** The flow is dead (its passthrough drain ended) but the caller does not know yet. */
    boolean dropped;

    PooledConnection(int id, int slot, int caller, int callerInstance, int[] path, long created) {
        this.id = id;
        this.slot = slot;
        this.caller = caller;
        this.callerInstance = callerInstance;
        this.path = path;
        this.created = created;
    }

    boolean through(int instance) {
        for (int p : path) {
            if (p == instance) {
                return true;
            }
        }
        return false;
    }

    int calleeInstance() {
        return path[path.length - 1];
    }
}
