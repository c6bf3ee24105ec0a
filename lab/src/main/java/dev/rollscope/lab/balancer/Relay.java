package dev.rollscope.lab.balancer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * One balanced TCP connection: bytes pumped both ways between the caller and the chosen backend
 * until either side closes. The balancer can cut it (both sides reset at once) or drop it (bytes
 * are no longer forwarded either way, but a close by the backend still reaches the caller, as a
 * passthrough NLB's return path goes straight from the VM to the client: domain.md §3).
 */
final class Relay {

    private final Socket caller;
    private final Socket backend;
    final String backendId;
    private volatile boolean dropped;

    Relay(Socket caller, Socket backend, String backendId) {
        this.caller = caller;
        this.backend = backend;
        this.backendId = backendId;
    }

    void start(Runnable onClose) {
        Thread up = new Thread(() -> pump(caller, backend, false), "relay-up-" + backendId);
        Thread down = new Thread(() -> {
            pump(backend, caller, true);
            onClose.run();
        }, "relay-down-" + backendId);
        up.setDaemon(true);
        down.setDaemon(true);
        up.start();
        down.start();
    }

    private void pump(Socket from, Socket to, boolean fromBackend) {
        byte[] buf = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buf)) >= 0) {
                QuickAck.again(from);
                if (!dropped) {
                    out.write(buf, 0, n);
                }
            }
            closed(fromBackend, false);
        } catch (IOException e) {
            closed(fromBackend, true);
        }
    }

    /** One side closed (or reset): pass it on, except a caller's close on a dropped flow. */
    private void closed(boolean byBackend, boolean reset) {
        if (dropped && !byBackend) {
            return;
        }
        if (reset) {
            cut();
        } else {
            quietly(caller);
            quietly(backend);
        }
    }

    /** Resets both sides at once. */
    void cut() {
        reset(caller);
        reset(backend);
    }

    void drop() {
        dropped = true;
    }

    private static void reset(Socket s) {
        try {
            s.setSoLinger(true, 0);
        } catch (IOException e) {
            // already closed: nothing to reset
        }
        quietly(s);
    }

    private static void quietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing twice is fine
        }
    }
}
