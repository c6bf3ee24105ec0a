package dev.rollscope.model.importing;

import dev.rollscope.model.i18n.Refusal;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads configuration files as UTF-8 text and names them for reports and provenance: relative to
 * a base directory (the project file's directory on the command line), with {@code /} separators.
 */
public final class SourceFiles {

    /** Files larger than this are refused: 5 MB. */
    public static final long MAX_BYTES = 5_000_000L;

    private final Path base;

    public SourceFiles(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    public Path base() {
        return base;
    }

    /** The name of a file in reports: relative to the base when under it, else absolute. */
    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    /** The file a report name stands for. */
    public Path resolve(String display) {
        return base.resolve(display).normalize();
    }

    /**
     * @throws ImportException when the file is missing, too large, unreadable or not UTF-8
     */
    public String read(Path file) throws ImportException {
        String name = display(file);
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw ImportException.atFile(name, "tooLarge", size, MAX_BYTES);
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw ImportException.ofFile(name, Refusal.of("file.noSuchFile"));
        } catch (CharacterCodingException e) {
            throw ImportException.ofFile(name, Refusal.of("file.notUtf8"));
        } catch (IOException e) {
            throw ImportException.ofFile(name, Refusal.of("file.cannotRead", e.getMessage()));
        }
    }
}
