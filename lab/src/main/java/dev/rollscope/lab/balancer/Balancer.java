package dev.rollscope.lab.balancer;

import dev.rollscope.lab.proc.LabException;
import dev.rollscope.lab.proc.Ports;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The lab's load balancer in front of a hop's instances, on 127.0.0.1: a TCP balancer that picks
 * a routable backend round-robin for each new connection and can take a backend out of rotation
 * while its connections go on. When a drain ends, what is left is cut (a GCP external ALB closes
 * its backend connections, domain.md §1) or dropped (a passthrough NLB stops forwarding the
 * packets of existing flows, §3). A connection with no routable backend, or whose backend refuses,
 * is reset. An optional budget cuts any connection that lives longer (the ALB's whole-response
 * timeoutSec, §1).
 */
public final class Balancer implements AutoCloseable {

    /** What happens to the connections still open when a drain ends. */
    public enum DrainEnd { CUT, DROP }

    private final String name;
    private final DrainEnd drainEnd;
    private final long budgetMillis;
    private final ServerSocket listener;
    private final Map<String, Integer> routable = new LinkedHashMap<>();
    private final Set<Relay> relays = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService budgets = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "balancer-budget");
        t.setDaemon(true);
        return t;
    });
    private int next;
    private volatile Consumer<String> log = line -> { };

    /** @param budgetMillis 0 for none */
    public Balancer(String name, DrainEnd drainEnd, long budgetMillis) {
        this.name = name;
        this.drainEnd = drainEnd;
        this.budgetMillis = budgetMillis;
        try {
            listener = new ServerSocket(0, 128, InetAddress.getByName(Ports.HOST));
        } catch (IOException e) {
            throw new LabException("balancer " + name + " cannot listen: " + e.getMessage(), e);
        }
        Thread t = new Thread(this::acceptLoop, "balancer-" + name);
        t.setDaemon(true);
        t.start();
    }

    /**
     * Where the balancer tells when it resets a caller it had accepted (no routable backend, or the
     * backend refused): a load balancer without a proxy (a Service, a passthrough NLB) would have
     * let the caller's connect fail instead, which nginx may retry even for a POST.
     */
    public void log(Consumer<String> sink) {
        this.log = sink;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** New connections may go to this backend. */
    public synchronized void route(String id, int port) {
        routable.put(id, port);
    }

    /** No new connection goes to this backend; its open ones go on (a drain starts, or a view drops it). */
    public synchronized void unroute(String id) {
        routable.remove(id);
    }

    /** The drain of a backend ends: its remaining connections are cut or dropped. */
    public void endDrain(String id) {
        for (Relay r : relays) {
            if (r.backendId.equals(id)) {
                if (drainEnd == DrainEnd.CUT) {
                    r.cut();
                } else {
                    r.drop();
                }
            }
        }
    }

    private synchronized Map.Entry<String, Integer> pick() {
        if (routable.isEmpty()) {
            return null;
        }
        List<Map.Entry<String, Integer>> list = new ArrayList<>(routable.entrySet());
        return list.get(next++ % list.size());
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket caller = listener.accept();
                caller.setTcpNoDelay(true);
                connect(caller);
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    throw new LabException("balancer " + name + " stopped accepting: " + e.getMessage(), e);
                }
            }
        }
    }

    private void connect(Socket caller) throws IOException {
        Map.Entry<String, Integer> b = pick();
        Socket backend = new Socket();
        try {
            if (b == null) {
                throw new IOException("no routable backend");
            }
            backend.connect(new InetSocketAddress(Ports.HOST, b.getValue()), 1000);
            backend.setTcpNoDelay(true);
        } catch (IOException e) {
            log.accept("balancer " + name + ": " + (b == null ? "no routable backend" : b.getKey() + " refused")
                    + ", caller reset after accept");
            caller.setSoLinger(true, 0);
            caller.close();
            backend.close();
            return;
        }
        Relay r = new Relay(caller, backend, b.getKey());
        relays.add(r);
        r.start(() -> relays.remove(r));
        if (budgetMillis > 0) {
            budgets.schedule(r::cut, budgetMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing is best effort
        }
        relays.forEach(Relay::cut);
        budgets.shutdownNow();
    }
}
