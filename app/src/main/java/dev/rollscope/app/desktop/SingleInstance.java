package dev.rollscope.app.desktop;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One window per user: a launch that opens the window first offers its file to a running instance
 * ({@link HandoffServer}); when one takes it, this launch is done ({@link #handedOff()}). Otherwise it
 * becomes the running instance itself ({@link #server()}), or, when that cannot be, a window of its
 * own ({@link #alone()}): single-instance never stops a window from opening.
 *
 * <p>Which launch serves is decided by a lock on {@code window.lock} in the user's private folder
 * ({@link #userFolder()}); the system releases it when its holder ends, even by a crash, so a socket
 * file left behind is replaced, never in the way. A launch that finds the lock held but nobody
 * answering yet (the holder is starting) retries for {@link #STARTING}.
 */
public final class SingleInstance implements AutoCloseable {

    static final String SOCKET = "window.sock";
    static final String LOCK = "window.lock";
    static final Duration STARTING = Duration.ofSeconds(3);
    private static final long RETRY_MS = 50;
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    private final boolean handedOff;
    private final HandoffServer server;
    private final FileChannel lockFile;

    private SingleInstance(boolean handedOff, HandoffServer server, FileChannel lockFile) {
        this.handedOff = handedOff;
        this.server = server;
        this.lockFile = lockFile;
    }

    /** A window of its own: neither hands off nor serves (no private folder, or {@code --new-window}). */
    public static SingleInstance alone() {
        return new SingleInstance(false, null, null);
    }

    /** Hands {@code request} to the instance serving in {@code folder}, or becomes it, or stays alone. */
    public static SingleInstance claim(Path folder, Handoff request) {
        return claim(folder, request, STARTING);
    }

    static SingleInstance claim(Path folder, Handoff request, Duration starting) {
        Path socket = folder.resolve(SOCKET);
        try {
            if (handOff(socket, request)) {
                return new SingleInstance(true, null, null);
            }
            FileChannel lockFile = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            if (tryLock(lockFile)) {
                try {
                    return new SingleInstance(false, HandoffServer.bind(socket), lockFile);
                } catch (IOException | UnsupportedOperationException e) {
                    lockFile.close();
                    return alone();
                }
            }
            lockFile.close();
            long end = System.nanoTime() + starting.toNanos();
            while (System.nanoTime() < end) {
                Thread.sleep(RETRY_MS);
                if (handOff(socket, request)) {
                    return new SingleInstance(true, null, null);
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            return alone();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return alone();
    }

    /**
     * The user's private folder for the socket: {@code $XDG_RUNTIME_DIR/rollscope} where the desktop
     * provides that, else {@code ~/.rollscope/run}; created readable by the user only. Empty when it
     * cannot be made, or is not the user's alone (another owner, wider permissions, a link).
     */
    public static Optional<Path> userFolder() {
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        Path folder = runtime != null && !runtime.isBlank() && Path.of(runtime).isAbsolute()
                && Files.isDirectory(Path.of(runtime))
                ? Path.of(runtime, "rollscope") : Path.of(System.getProperty("user.home"), ".rollscope", "run");
        return privateFolder(folder);
    }

    static Optional<Path> privateFolder(Path folder) {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(folder.getParent(),
                    PosixFileAttributeView.class);
            if (posix == null) {
                return Optional.of(Files.createDirectories(folder)); // Windows: the profile is the user's
            }
            Files.createDirectories(folder.getParent());
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PRIVATE));
            }
            PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            boolean ours = view.readAttributes().isDirectory()
                    && view.getOwner().equals(folder.getFileSystem().getUserPrincipalLookupService()
                            .lookupPrincipalByName(System.getProperty("user.name")))
                    && view.readAttributes().permissions().equals(EnumSet.copyOf(PRIVATE));
            return ours ? Optional.of(folder) : Optional.empty();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** True when a running instance took the request: this launch should exit. */
    public boolean handedOff() {
        return handedOff;
    }

    /** The server of the running instance this launch became; empty when handed off or alone. */
    public Optional<HandoffServer> server() {
        return Optional.ofNullable(server);
    }

    /** Stops serving and releases the lock (the window has closed). */
    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        if (lockFile != null) {
            try {
                lockFile.close();
            } catch (IOException e) {
                // the system releases the lock when the process ends
            }
        }
    }

    private static boolean tryLock(FileChannel lockFile) throws IOException {
        try {
            FileLock lock = lockFile.tryLock();
            return lock != null;
        } catch (OverlappingFileLockException heldInThisProcess) {
            return false;
        }
    }

    /** True when an instance listens on {@code socket} and accepted the request within the time. */
    private static boolean handOff(Path socket, Handoff request) throws IOException {
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
             Deadline deadline = Deadline.of(channel, HandoffServer.EXCHANGE)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            request.write(new DataOutputStream(Channels.newOutputStream(channel)));
            return Handoff.ACCEPTED.equals(new DataInputStream(Channels.newInputStream(channel)).readUTF());
        } catch (IOException refusedOrSilent) {
            return false;
        }
    }
}
