package dev.rollscope.app.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes the hostile-input corpus of issue 18 into a directory, from the files in
 * {@code examples/} and one fixed seed, and says what each case must give. Deterministic: the
 * same seed writes the same files. Run by {@link HostileCorpusTest} into {@code target/}; to look
 * at the files, run its {@link #main} with a directory.
 *
 * <p>The expectation of each case follows docs/file-format.md: a key it lists as optional may be
 * deleted or set to {@code null}; anything else that breaks the format is refused with a location.
 */
public final class HostileCorpus {

    /** The seed of every random choice. */
    public static final long SEED = 18;

    private static final String[] BASES = {"failure-drain-off.json", "kong-service-pods.json", "abcd-defaults.json"};

    private HostileCorpus() {
    }

    /** Writes the corpus into {@code dir} (created, emptied of earlier cases) and returns its cases. */
    public static List<CorpusCase> write(Path dir, Path examples) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        CorpusWriter out = new CorpusWriter(dir);
        build(out, examples);
        return out.cases();
    }

    public static void main(String[] args) throws IOException {
        List<CorpusCase> cases = write(Path.of(args[0]), Path.of(args.length > 1 ? args[1] : "examples"));
        Map<String, Integer> counts = new TreeMap<>();
        cases.forEach(k -> counts.merge(k.category() + " " + k.expect(), 1, Integer::sum));
        counts.forEach((k, v) -> System.out.println(v + "\t" + k));
        System.out.println(cases.size() + "\tin all");
    }

    private static void build(CorpusWriter out, Path examples) throws IOException {
        Random random = new Random(SEED);
        TextCases text = new TextCases(out, random);
        TreeCases tree = new TreeCases(out, random);
        for (String base : BASES) {
            byte[] bytes = Files.readAllBytes(examples.resolve(base));
            text.truncations(bytes, 120);
            text.byteMutations(bytes, 60);
        }
        ObjectNode small = (ObjectNode) CorpusWriter.JSON.readTree(examples.resolve(BASES[0]).toFile());
        TreeCases.addTrafficScenario(small);
        ObjectNode pods = (ObjectNode) CorpusWriter.JSON.readTree(examples.resolve(BASES[1]).toFile());
        for (ObjectNode base : List.of(small, pods)) {
            tree.deletions(base);
            tree.nulls(base);
            tree.typeSwaps(base);
            text.duplicateKeys(base);
        }
        new UnitStringCases(out).unitStrings(small);
        tree.numbers(small);
        tree.controlCharacters(small);
        tree.longStrings(small);
        text.encodings(small);
        text.nesting(small);
        text.sizeLimit(small);
        text.emptyAndOdd();
        text.specialFiles();
        tree.extremeTopologies(small);
    }
}
