package dev.rollscope.app.desktop;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;

/**
 * Bounds a blocking exchange on a socket: closes it when the exchange has not ended in time, which
 * makes the blocked read or write throw. (A blocking {@code SocketChannel} has no read timeout.)
 */
final class Deadline implements AutoCloseable {

    private final Thread watchdog;

    private Deadline(Closeable socket, Duration limit) {
        watchdog = new Thread(() -> {
            try {
                Thread.sleep(limit.toMillis());
                socket.close();
            } catch (InterruptedException | IOException ended) {
                // the exchange ended in time, or the socket is closed already
            }
        }, "rollscope-handoff-deadline");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    static Deadline of(Closeable socket, Duration limit) {
        return new Deadline(socket, limit);
    }

    @Override
    public void close() {
        watchdog.interrupt();
    }
}
