package dev.rollscope.model.sim.engine;

import dev.rollscope.model.sim.RouteChoices;
import java.util.ArrayList;
import java.util.Arrays;
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

    private final Chain chain;
    private final Fleet fleet;
    private final Events events;
    private final Routing routing;
    private final Freed freed;
    /** The connections not closed by a pool, by slot; a closed one's slot is reused. */
    private PooledConnection[] bySlot = new PooledConnection[64];
    private int[] freeSlots = new int[64];
    private int freeCount;
    private int slotCount;
    private int nextId;
    private final Map<Integer, List<PooledConnection>> idleByCaller = new HashMap<>();

    Pools(Chain chain, Fleet fleet, Events events, Routing routing, Freed freed) {
        this.chain = chain;
        this.fleet = fleet;
        this.events = events;
        this.routing = routing;
        this.freed = freed;
    }

    /** True when caller station c keeps a pool that the engine models. */
    boolean modelled(int c) {
        return chain.poolSize[c] > 0 && chain.vipRouted(c + 1);
    }

    /**
     * The pooled connection request r's caller at station c reuses, or null for a new one: the
     * newest reusable idle connection of the caller instance, unless r's route through the segment
     * is chosen from outside: then any of the reusable ones, or a new connection, may be taken.
     */
    PooledConnection take(RequestRun r, int c) {
        if (!choosing(r, c)) {
            return takeNewest(c, r.inst[c]);
        }
        List<PooledConnection> idle = idleByCaller.getOrDefault(r.inst[c], List.of());
        List<PooledConnection> usable = new ArrayList<>();
        for (int i = idle.size() - 1; i >= 0; i--) {
            if (reusable(c, idle.get(i))) {
                usable.add(idle.get(i));
            }
        }
        int[] options = new int[usable.size() + 1];
        String[][] leadsTo = new String[options.length][];
        options[0] = RouteChoices.NEW_CONNECTION;
        leadsTo[0] = new String[0];
        for (int i = 0; i < usable.size(); i++) {
            PooledConnection pc = usable.get(i);
            options[i + 1] = -2 - pc.id;
            leadsTo[i + 1] = new String[pc.path.length];
            for (int k = 0; k < pc.path.length; k++) {
                leadsTo[i + 1][k] = fleet.get(pc.path[k]).id;
            }
        }
        int chosen = routing.routes().choose(c, options, leadsTo, usable.isEmpty() ? 0 : 1);
        if (chosen == RouteChoices.NEW_CONNECTION) {
            return null;
        }
        PooledConnection pc = usable.stream().filter(u -> u.id == -2 - chosen).findFirst().orElseThrow();
        idle.remove(pc);
        return claim(pc);
    }

    /** True when r's route through caller c's segment is chosen from outside at one of its hops. */
    private boolean choosing(RequestRun r, int c) {
        for (int k = c + 1; k <= chain.callee[c]; k++) {
            if (routing.choosing(r, k)) {
                return true;
            }
        }
        return false;
    }

    private PooledConnection takeNewest(int c, int callerInstance) {
        List<PooledConnection> idle = idleByCaller.get(callerInstance);
        if (idle == null) {
            return null;
        }
        for (int i = idle.size() - 1; i >= 0; i--) {
            PooledConnection pc = idle.remove(i);
            if (reusable(c, pc)) {
                return claim(pc);
            }
            close(pc);
        }
        return null;
    }

    private boolean reusable(int c, PooledConnection pc) {
        return !pc.closed && events.now() < pc.created + chain.poolLifetime[c] && allAlive(pc);
    }

    private PooledConnection claim(PooledConnection pc) {
        pc.idle = false;
        for (int p : pc.path) {
            fleet.get(p).pooled--;
        }
        return pc;
    }

    /** False when a process on the connection's path has died: its connection is gone with it. */
    private boolean allAlive(PooledConnection pc) {
        for (int p : pc.path) {
            if (!fleet.get(p).alive) {
                return false;
            }
        }
        return true;
    }

    /** A new connection along a request's freshly connected segment. */
    PooledConnection open(RequestRun r, int c) {
        int callee = chain.callee[c];
        int[] path = new int[callee - c];
        for (int k = c + 1; k <= callee; k++) {
            path[k - c - 1] = r.inst[k];
        }
        PooledConnection pc = new PooledConnection(nextId++, slot(), c, r.inst[c], path, events.now());
        bySlot[pc.slot] = pc;
        return pc;
    }

    /** A connection whose response is complete goes back to its caller's pool, if it can be kept. */
    void release(PooledConnection pc) {
        Instance callee = fleet.get(pc.calleeInstance());
        List<PooledConnection> idle = idleByCaller.computeIfAbsent(pc.callerInstance, k -> new ArrayList<>());
        if (pc.closed || pc.dropped || callee.stopping || !callee.alive || idle.size() >= chain.poolSize[pc.caller]) {
            close(pc);
            return;
        }
        pc.idle = true;
        pc.idleSince = events.now();
        idle.add(pc);
        for (int p : pc.path) {
            fleet.get(p).pooled++;
        }
        long limit = Math.min(chain.poolIdle[pc.caller], chain.serverKeepalive[chain.callee[pc.caller]]);
        events.poolExpiry(events.now() + limit, pc);
    }

    /** The expiry of connection {@code id}, in {@code slot} unless it has closed since (its slot may be another's now). */
    void expire(int slot, int id, long idleSince) {
        PooledConnection pc = bySlot[slot];
        if (pc != null && pc.id == id && pc.idle && pc.idleSince == idleSince) {
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

    /**
     * A free slot. When none is left, the connections that a failed request closed (outside the
     * pools) are forgotten first; the table grows only when over half of it is still open.
     */
    private int slot() {
        if (freeCount == 0 && slotCount == bySlot.length) {
            for (PooledConnection pc : bySlot) {
                if (pc.closed) {
                    forget(pc);
                }
            }
            if (freeCount < slotCount / 2) {
                bySlot = Arrays.copyOf(bySlot, slotCount * 2);
                freeSlots = Arrays.copyOf(freeSlots, slotCount * 2);
            }
        }
        return freeCount > 0 ? freeSlots[--freeCount] : slotCount++;
    }

    /** A closed connection is forgotten: its expiry, if one is pending, finds another id in its slot, or none. */
    private void forget(PooledConnection pc) {
        if (bySlot[pc.slot] == pc) {
            bySlot[pc.slot] = null;
            freeSlots[freeCount++] = pc.slot;
        }
    }

    /** Closes pc and forgets it, so that a long run keeps only the connections still open. */
    private void close(PooledConnection pc) {
        forget(pc);
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
                Instance x = fleet.get(p);
                x.pooled--;
                freed.freed(x);
            }
        }
    }
}
