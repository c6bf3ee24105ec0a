package dev.rollscope.app.desktop;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What a second launch asks of the running window: open {@link #file()}, or, without a file, just
 * come to the front.
 *
 * <p>On the socket it is three strings in {@link DataOutputStream#writeUTF} form: {@link #MAGIC},
 * the command ({@code open} or {@code show}) and the absolute path (empty for {@code show}); the
 * running instance answers {@link #ACCEPTED}. Anything else is refused.
 *
 * @param file the absolute file to open, or null to only show the window
 */
public record Handoff(Path file) {

    static final String MAGIC = "rollscope-handoff/1";
    static final String ACCEPTED = "ok";
    private static final String OPEN = "open";
    private static final String SHOW = "show";

    /** Open {@code file} (made absolute against this process's folder), or show the window when null. */
    public static Handoff of(Path file) {
        return new Handoff(file == null ? null : file.toAbsolutePath().normalize());
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(MAGIC);
        out.writeUTF(file == null ? SHOW : OPEN);
        out.writeUTF(file == null ? "" : file.toString());
        out.flush();
    }

    /** Reads a request; throws on anything that is not one (a wrong magic, command or a relative path). */
    static Handoff read(DataInputStream in) throws IOException {
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a Rollscope handoff");
        }
        String command = in.readUTF();
        String path = in.readUTF();
        if (SHOW.equals(command) && path.isEmpty()) {
            return new Handoff(null);
        }
        if (OPEN.equals(command) && Path.of(path).isAbsolute()) {
            return new Handoff(Path.of(path));
        }
        throw new IOException("bad handoff: " + command);
    }
}
