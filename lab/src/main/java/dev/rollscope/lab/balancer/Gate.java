package dev.rollscope.lab.balancer;

import dev.rollscope.lab.proc.LabException;
import dev.rollscope.lab.proc.Ports;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A fixed 127.0.0.1 address for one Kong target (a pod), so Kong's nginx can list every target of
 * a rollout from its start and never reload: the gate listens only while the target is in Kong's
 * view and its own process listens, so a connection to it is refused exactly when one to the pod
 * would be (domain.md §5 Kong targets, §8.1); an open gate relays each connection to the pod.
 * Closing the gate leaves the connections it relays alone, as removing a target does in Kong.
 */
public final class Gate implements AutoCloseable {

    private final String id;
    private final int port = Ports.free();
    private volatile ServerSocket listener;
    private volatile Consumer<String> log = line -> { };

    public Gate(String id) {
        this.id = id;
    }

    public String address() {
        return Ports.address(port);
    }

    public void log(Consumer<String> sink) {
        this.log = sink;
    }

    /**
     * Starts listening and relaying to {@code targetPort}; the gate closes by itself once
     * {@code targetListens} turns false (the pod's process closed its listener).
     */
    public synchronized void open(int targetPort, BooleanSupplier targetListens) {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(Ports.HOST, port), 128);
            listener = s;
            daemon("gate-" + id, () -> acceptLoop(s, targetPort));
            daemon("gate-watch-" + id, () -> watch(s, targetListens));
        } catch (IOException e) {
            throw new LabException("gate of " + id + " cannot listen on " + port + ": " + e.getMessage(), e);
        }
    }

    /** Stops listening: new connections are refused, open ones go on. */
    public synchronized void shut() {
        if (listener != null) {
            closeQuietly(listener);
            listener = null;
        }
    }

    private void watch(ServerSocket s, BooleanSupplier targetListens) {
        while (!s.isClosed()) {
            if (!targetListens.getAsBoolean()) {
                closeQuietly(s);
                return;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void acceptLoop(ServerSocket s, int targetPort) {
        while (!s.isClosed()) {
            try {
                Socket caller = s.accept();
                if (s.isClosed()) {
                    reset(caller);
                    return;
                }
                caller.setTcpNoDelay(true);
                relay(caller, targetPort);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket caller, int targetPort) throws IOException {
        Socket target = new Socket();
        try {
            target.connect(new InetSocketAddress(Ports.HOST, targetPort), 1000);
            target.setTcpNoDelay(true);
        } catch (IOException e) {
            log.accept("gate " + id + ": target refused, caller reset after accept");
            reset(caller);
            target.close();
            return;
        }
        new Relay(caller, target, id).start(() -> { });
    }

    /**
     * Resets a connection the kernel queued while the gate was closing (closing a listener that a
     * thread is blocked on takes effect only when that thread wakes), or whose pod refused.
     */
    private static void reset(Socket s) throws IOException {
        s.setSoLinger(true, 0);
        s.close();
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(ServerSocket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        shut();
    }
}
