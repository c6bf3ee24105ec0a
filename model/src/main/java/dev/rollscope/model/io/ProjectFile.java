package dev.rollscope.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rollscope.model.Project;
import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.units.ByteSize;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes a {@link Project} as a Rollscope file: UTF-8 JSON with {@code "schemaVersion": 1}
 * (see {@code docs/file-format.md}). Reading refuses anything it does not understand with one
 * {@link ProjectFileException} that says where; writing produces one canonical text (stable key
 * order, defaults left out, two-space indent, final newline), so a file read and written again is
 * byte-identical.
 */
public final class ProjectFile {

    /** Files larger than this are refused before parsing: 5 MB. */
    public static final long MAX_BYTES = 5_000_000L;

    private ProjectFile() {
    }

    /**
     * Reads a file.
     *
     * @throws ProjectFileException when the file cannot be read or is not a valid Rollscope file
     */
    public static Project read(Path file) throws ProjectFileException {
        String source = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ProjectFileException(source, Refusal.of("file.directory"));
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ProjectFileException(source, Refusal.of("file.notRegular"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ProjectFileException(source, Refusal.of("file.tooLarge", size, MAX_BYTES,
                        ByteSize.ofBytes(MAX_BYTES)));
            }
            return parse(utf8(readAtMostLimit(file, source), source), source);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(source, Refusal.of("file.noSuchFile"));
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(source, Refusal.of("file.denied"));
        } catch (IOException e) {
            throw new ProjectFileException(source, Refusal.of("file.cannotRead", e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage())));
        }
    }

    /**
     * Reads a file's text.
     *
     * @param source the name errors give as the file
     * @throws ProjectFileException when the text is not a valid Rollscope file
     */
    public static Project parse(String json, String source) throws ProjectFileException {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw syntaxError(e, source);
        }
        try {
            if (tree == null || tree.isMissingNode()) {
                throw new FieldError(JsonPath.ROOT, Refusal.of("file.empty"));
            }
            return ProjectCodec.decode(new Value(tree, JsonPath.ROOT).fields());
        } catch (FieldError e) {
            JsonLocator.Location at = JsonLocator.locate(json, e.path(), e.atKey());
            throw new ProjectFileException(source, at.line(), at.column(), e.path().toString(), e.refusal());
        }
    }

    /** The canonical text of a project, ending with a newline. */
    public static String format(Project project) {
        try {
            return Json.WRITER.writeValueAsString(ProjectCodec.encode(project)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /**
     * Writes a project atomically: to a temporary file in the same directory, then moved over
     * {@code file}, so a reader never sees half a file.
     */
    public static void write(Project project, Path file) throws IOException {
        AtomicWrite.write(file, format(project).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The file's bytes, refused as soon as more than {@link #MAX_BYTES} have been read: the size a
     * file system reports is not trusted (it can grow while being read, or be unknown).
     */
    private static byte[] readAtMostLimit(Path file, String source) throws IOException, ProjectFileException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ProjectFileException(source, Refusal.of("file.grew", MAX_BYTES, ByteSize.ofBytes(MAX_BYTES)));
            }
            return bytes;
        }
    }

    private static String utf8(byte[] bytes, String source) throws ProjectFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProjectFileException(source, Refusal.of("file.notUtf8"));
        }
    }

    /**
     * Where a parser stopped: the value it was reading after a key, else the object or array it was
     * in (between two entries, the last key read is not where the problem is).
     */
    private static JsonPath where(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        boolean inValue = parser.currentToken() == JsonToken.FIELD_NAME || context.getParent() == null;
        return JsonPath.of(inValue ? context : context.getParent());
    }

    private static ProjectFileException syntaxError(JsonProcessingException e, String source) {
        JsonLocation loc = e.getLocation();
        JsonPath path = JsonPath.ROOT;
        if (e instanceof StreamReadException && ((StreamReadException) e).getProcessor() != null) {
            path = where(((StreamReadException) e).getProcessor());
        }
        Refusal detail = Refusal.of("file.malformed", e.getOriginalMessage().lines().findFirst().orElse(""));
        return loc == null
                ? new ProjectFileException(source, 1, 1, path.toString(), detail)
                : new ProjectFileException(source, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()),
                        path.toString(), detail);
    }
}
