package dev.rollscope.app.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the corpus' cases go: each case's bytes as a numbered file in the corpus directory
 * ({@code 0042-null.json}), with its category and what it must give.
 */
final class CorpusWriter {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final List<CorpusCase> cases = new ArrayList<>();
    private int next;

    CorpusWriter(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    List<CorpusCase> cases() {
        return cases;
    }

    /** A case that is a file the corpus did not write (a missing file, a device, a FIFO). */
    void addFile(Path file, Expect expect) {
        cases.add(new CorpusCase("special file", file, expect));
    }

    void addTree(String category, JsonNode tree, Expect expect) {
        add(category, pretty(tree), expect);
    }

    void add(String category, String text, Expect expect) {
        add(category, text.getBytes(StandardCharsets.UTF_8), expect);
    }

    void add(String category, byte[] bytes, Expect expect) {
        Path file = dir.resolve(String.format("%04d-%s.json", next++, category.replace(' ', '-')));
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cases.add(new CorpusCase(category, file, expect));
    }

    static String pretty(JsonNode tree) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
