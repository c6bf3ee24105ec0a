package dev.rollscope.app.shell;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.io.ProjectFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example projects the build bundles (every {@code examples/*.json}, under
 * {@value #FOLDER} in the jar), listed by file name, the seed chain first.
 */
public final class Examples {

    static final String FOLDER = "/dev/rollscope/app/examples/";
    /** The example a new window opens with. */
    public static final String DEFAULT = "abcd-defaults.json";

    private Examples() {
    }

    /** The file names of the bundled examples: the default first, then in alphabetical order. */
    public static List<String> names() {
        URL folder = Examples.class.getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                return list(openJar(uri).getPath(FOLDER));
            }
            return list(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the examples folder has a bad URL: " + folder, e);
        }
    }

    /**
     * Reads a bundled example.
     *
     * @throws ProjectFileException when it is not there or not a valid file (a bug of the build)
     */
    public static Project read(String name) throws ProjectFileException {
        try (InputStream in = Examples.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new ProjectFileException(name, "no such example in this build");
            }
            return ProjectFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new ProjectFileException(name, "cannot read the example: " + e.getMessage());
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .sorted((a, b) -> a.equals(DEFAULT) ? -1 : b.equals(DEFAULT) ? 1 : a.compareTo(b)).toList();
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
