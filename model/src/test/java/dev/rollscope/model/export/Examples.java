package dev.rollscope.model.export;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.io.ProjectFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The example files of the repository (examples/*.json), read once per call, by file name without .json. */
public final class Examples {

    public static final Path DIR = Path.of("../examples");

    private Examples() {
    }

    public static Map<String, Project> all() {
        Map<String, Project> all = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                all.put(f.getFileName().toString().replace(".json", ""), ProjectFile.read(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProjectFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return all;
    }

    public static Project read(String name) {
        try {
            return ProjectFile.read(DIR.resolve(name + ".json"));
        } catch (ProjectFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A file-name-safe form of a scenario name: {@code roll-d}. */
    public static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "scenario" : s;
    }
}
