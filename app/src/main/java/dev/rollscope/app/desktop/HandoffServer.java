package dev.rollscope.app.desktop;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The running instance's end of the handoff: a Unix-domain socket on which later launches hand over
 * their file ({@link Handoff}). One background thread answers them one at a time, each within
 * {@link #EXCHANGE}; a request that is not a handoff is dropped. Handoffs that arrive before the window
 * says where they go ({@link #deliverTo}) wait for it.
 */
public final class HandoffServer implements AutoCloseable {

    static final Duration EXCHANGE = Duration.ofSeconds(2);

    private final ServerSocketChannel channel;
    private final Path socket;
    private final List<Handoff> waiting = new ArrayList<>();
    private Consumer<Handoff> receiver;

    private HandoffServer(ServerSocketChannel channel, Path socket) {
        this.channel = channel;
        this.socket = socket;
        Thread thread = new Thread(this::serve, "rollscope-handoff");
        thread.setDaemon(true);
        thread.start();
    }

    /** Listens on {@code socket}, replacing a file a crashed instance left there. */
    static HandoffServer bind(Path socket) throws IOException {
        Files.deleteIfExists(socket);
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.bind(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new HandoffServer(channel, socket);
    }

    /**
     * Where handoffs go from now on; the ones that waited go first, on the calling thread, later ones on
     * the server's thread (so {@code target} hands them to the FX thread itself).
     */
    public void deliverTo(Consumer<Handoff> target) {
        List<Handoff> earlier;
        synchronized (waiting) {
            receiver = target;
            earlier = List.copyOf(waiting);
            waiting.clear();
        }
        earlier.forEach(target);
    }

    private void deliver(Handoff handoff) {
        Consumer<Handoff> target;
        synchronized (waiting) {
            target = receiver;
            if (target == null) {
                waiting.add(handoff);
            }
        }
        if (target != null) {
            target.accept(handoff);
        }
    }

    private void serve() {
        while (channel.isOpen()) {
            try (SocketChannel client = channel.accept(); Deadline deadline = Deadline.of(client, EXCHANGE)) {
                Handoff handoff = Handoff.read(new DataInputStream(Channels.newInputStream(client)));
                deliver(handoff);
                DataOutputStream out = new DataOutputStream(Channels.newOutputStream(client));
                out.writeUTF(Handoff.ACCEPTED);
                out.flush();
            } catch (IOException | RuntimeException dropped) {
                // closed, or a client that sent no handoff or too slowly: the next one
            }
        }
    }

    /** Stops listening and removes the socket. */
    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // the next instance replaces the socket file
        }
    }
}
