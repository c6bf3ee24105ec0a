package dev.rollscope.model.sim.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Upstream keepalive pools (domain.md §2 upstream keepalive, §5 upstream_keepalive_*). Modelled
 * where they change routing: a caller that reaches the next hop through a VIP (a passthrough NLB
 * or a ClusterIP Service) reuses a pooled connection to whatever instance it first reached, so
 * reuse bypasses the front's current view (§8.8). Connections are reused newest first (nginx's
 * keepalive cache); an idle one closes at the sooner of the caller's idle timeout and the
 * callee's keepalive_timeout, and is not reused past the caller's keepalive_time.
 */
final class Pools {

    private final Engine e;
    private final List<PooledConnection> byId = new ArrayList<>();
    private final Map<Integer, List<PooledConnection>> idleByCaller = new HashMap<>();

    Pools(Engine e) {
        this.e = e;
    }

    /** True when caller station c keeps a pool that the engine models. */
    boolean modelled(int c) {
        return e.chain.poolSize[c] > 0 && e.chain.vipRouted(c + 1);
    }

    /** The newest reusable idle connection of this caller instance (none through a dead process), or null. */
    PooledConnection take(int c, int callerInstance) {
        List<PooledConnection> idle = idleByCaller.get(callerInstance);
        if (idle == null) {
            return null;
        }
        for (int i = idle.size() - 1; i >= 0; i--) {
            PooledConnection pc = idle.remove(i);
            if (!pc.closed && e.now() < pc.created + e.chain.poolLifetime[c] && allAlive(pc)) {
                pc.idle = false;
                for (int p : pc.path) {
                    e.fleet.get(p).pooled--;
                }
                return pc;
            }
            close(pc);
        }
        return null;
    }

    /** False when a process on the connection's path has died: its connection is gone with it. */
    private boolean allAlive(PooledConnection pc) {
        for (int p : pc.path) {
            if (!e.fleet.get(p).alive) {
                return false;
            }
        }
        return true;
    }

    /** A new connection along a request's freshly connected segment. */
    PooledConnection open(RequestRun r, int c) {
        int callee = e.chain.callee[c];
        int[] path = new int[callee - c];
        for (int k = c + 1; k <= callee; k++) {
            path[k - c - 1] = r.inst[k];
        }
        PooledConnection pc = new PooledConnection(byId.size(), c, r.inst[c], path, e.now());
        byId.add(pc);
        return pc;
    }

    /** A connection whose response is complete goes back to its caller's pool, if it can be kept. */
    void release(PooledConnection pc) {
        Instance callee = e.fleet.get(pc.calleeInstance());
        List<PooledConnection> idle = idleByCaller.computeIfAbsent(pc.callerInstance, k -> new ArrayList<>());
        if (pc.closed || pc.dropped || callee.stopping || !callee.alive || idle.size() >= e.chain.poolSize[pc.caller]) {
            close(pc);
            return;
        }
        pc.idle = true;
        pc.idleSince = e.now();
        idle.add(pc);
        for (int p : pc.path) {
            e.fleet.get(p).pooled++;
        }
        long limit = Math.min(e.chain.poolIdle[pc.caller], e.chain.serverKeepalive[e.chain.callee[pc.caller]]);
        e.at(e.now() + limit, Ev.POOL_EXPIRY, pc.id, 0, pc.idleSince);
    }

    void expire(int id, long idleSince) {
        PooledConnection pc = byId.get(id);
        if (pc.idle && pc.idleSince == idleSince) {
            close(pc);
        }
    }

    /** A graceful nginx closes its idle keepalive connections at once (§2 NX-src). */
    void closeIdleTo(Instance x) {
        closeIdle(pc -> pc.calleeInstance() == x.index);
    }

    /** Every idle connection through x ends (x's process died). */
    void closeThrough(Instance x) {
        closeIdle(pc -> pc.through(x.index));
    }

    /** Idle connections through x have lost their flow; the caller finds out only when it uses one. */
    void dropThrough(Instance x) {
        for (List<PooledConnection> idle : idleByCaller.values()) {
            for (PooledConnection pc : idle) {
                if (pc.through(x.index)) {
                    pc.dropped = true;
                }
            }
        }
    }

    private void closeIdle(Predicate<PooledConnection> which) {
        for (List<PooledConnection> idle : idleByCaller.values()) {
            for (int i = idle.size() - 1; i >= 0; i--) {
                PooledConnection pc = idle.get(i);
                if (which.test(pc)) {
                    idle.remove(i);
                    close(pc);
                }
            }
        }
    }

    private void close(PooledConnection pc) {
        if (pc.closed) {
            return;
        }
        boolean wasIdle = pc.idle;
        pc.closed = true;
        pc.idle = false;
        List<PooledConnection> idle = idleByCaller.get(pc.callerInstance);
        if (idle != null) {
            idle.remove(pc);
        }
        if (wasIdle) {
            for (int p : pc.path) {
                Instance x = e.fleet.get(p);
                x.pooled--;
                e.stopping.exitIfIdle(x);
            }
        }
    }
}
