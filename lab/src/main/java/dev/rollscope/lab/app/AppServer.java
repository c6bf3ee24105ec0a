package dev.rollscope.lab.app;

import dev.rollscope.lab.proc.LabException;
import dev.rollscope.lab.proc.Ports;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of the application hop, running inside the lab's JVM on 127.0.0.1: it reads each
 * request's whole body, answers after the processing time the request asks for, and marks its
 * answer with {@code X-Hop: <instance>}. Stopping follows domain.md §6 and §8.1: a graceful stop
 * closes the listener and the idle keepalive connections and lets in-flight requests finish; an
 * immediate stop (no SIGTERM handler, or SIGKILL) resets every connection at once. It serves tus
 * uploads too ({@link TusUploads}).
 */
public final class AppServer implements AutoCloseable {

    private final String id;
    private final long keepaliveMillis;
    private final ServerSocket listener;
    private final Set<AppConnection> connections = ConcurrentHashMap.newKeySet();
    private final TusUploads tus;
    private volatile boolean stopping;

    /** An instance whose tus uploads (domain.md §13) are its own. */
    public AppServer(String id, long keepaliveMillis) {
        this(id, keepaliveMillis, new UploadStore());
    }

    /**
     * @param shared the store of the hop's uploads kept in shared storage; an upload created with
     *               storage {@code pod} stays in this instance's own store, which dies with it
     */
    public AppServer(String id, long keepaliveMillis, UploadStore shared) {
        this.id = id;
        this.keepaliveMillis = keepaliveMillis;
        this.tus = new TusUploads(new UploadStore(), shared);
        try {
            listener = new ServerSocket(0, 128, InetAddress.getByName(Ports.HOST));
        } catch (IOException e) {
            throw new LabException("app " + id + " cannot listen: " + e.getMessage(), e);
        }
        Thread t = new Thread(this::acceptLoop, "app-" + id);
        t.setDaemon(true);
        t.start();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket s = listener.accept();
                if (stopping) {
                    refuse(s);
                    return;
                }
                s.setTcpNoDelay(true);
                AppConnection c = new AppConnection(this, s, keepaliveMillis);
                connections.add(c);
                Thread t = new Thread(c, "app-" + id + "-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    /**
     * A connection the kernel queued while the listener was closing: a stopped server refuses it,
     * as a closed port would.
     */
    private static void refuse(Socket s) {
        try {
            s.setSoLinger(true, 0);
            s.close();
        } catch (IOException e) {
            // already gone
        }
    }

    public String id() {
        return id;
    }

    public int port() {
        return listener.getLocalPort();
    }

    TusUploads tus() {
        return tus;
    }

    boolean stopping() {
        return stopping;
    }

    void closed(AppConnection c) {
        connections.remove(c);
    }

    /** Graceful stop: no new connection, idle ones closed now, busy ones after their response. */
    public void stopGracefully() {
        stopping = true;
        closeListener();
        for (AppConnection c : connections) {
            if (c.idle()) {
                c.close(false);
            }
        }
    }

    /** Immediate stop: every connection reset. */
    public void stopNow() {
        stopping = true;
        closeListener();
        connections.forEach(c -> c.close(true));
    }

    public boolean listening() {
        return !listener.isClosed();
    }

    /** True while the listener is open or a connection is still served. */
    public boolean alive() {
        return !listener.isClosed() || !connections.isEmpty();
    }

    private void closeListener() {
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        stopNow();
    }
}
