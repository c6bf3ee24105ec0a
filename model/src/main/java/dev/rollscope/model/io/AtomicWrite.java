package dev.rollscope.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Replaces a file's content all at once: a temporary file in the same directory, then a move, so a
 * write that fails (a full disk) leaves the old file as it was. A symbolic link stays a link: the
 * file it points to is replaced. The file keeps its permissions (0600 stays 0600).
 *
 * <p>The temporary file of {@code project.json} is {@code .project.json.<random UUID>.tmp} beside it.
 * A process killed between writing it and moving it leaves it behind (it is never read); the next
 * write of the same file removes such leftovers first, and so can whoever opens the file
 * ({@link #removeLeftovers}), so at most the one of the last kill is ever there.
 */
public final class AtomicWrite {

    private static final Pattern UUID_TMP =
            Pattern.compile("\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

    /** Writes content to a stream; may fail part way. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicWrite() {
    }

    public static void write(Path file, byte[] content) throws IOException {
        write(file, out -> out.write(content));
    }

    public static void write(Path file, Content content) throws IOException {
        Path target = resolveLinks(file.toAbsolutePath());
        removeLeftovers(target);
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Removes the temporary files that writes of {@code file} left beside it when their process was
     * killed ({@code .project.json.<UUID>.tmp}); nothing else is touched. Best effort: a file that
     * cannot be listed or removed is left.
     *
     * @return how many were removed
     */
    public static int removeLeftovers(Path file) {
        Path target;
        try {
            target = resolveLinks(file.toAbsolutePath());
        } catch (IOException e) {
            return 0;
        }
        String prefix = "." + target.getFileName();
        int removed = 0;
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                p -> isLeftover(prefix, p.getFileName().toString()))) {
            for (Path leftover : siblings) {
                if (Files.deleteIfExists(leftover)) {
                    removed++;
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            return removed;
        }
        return removed;
    }

    private static boolean isLeftover(String prefix, String name) {
        return name.startsWith(prefix) && UUID_TMP.matcher(name.substring(prefix.length())).matches();
    }

    /** The file a chain of symbolic links ends at (which may not exist yet); the path itself if no link. */
    private static Path resolveLinks(Path file) throws IOException {
        Path p = file;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == 40) {
                throw new IOException(file + ": too many levels of symbolic links");
            }
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (old != null && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.getFileAttributeView(temp, PosixFileAttributeView.class)
                    .setPermissions(old.readAttributes().permissions());
        }
    }
}
