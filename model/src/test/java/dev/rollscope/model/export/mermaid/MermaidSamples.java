package dev.rollscope.model.export.mermaid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes diagrams the tests produced as .mmd files (into the directory named by the system
 * property {@code rollscope.mermaid.samples}, target/mermaid-samples in Maven), so that CI can
 * render them with tools/mermaid-render/render.sh: a test that only parses cannot see render errors.
 * Each call replaces the diagrams of its group.
 */
public final class MermaidSamples {

    private MermaidSamples() {
    }

    public static void write(String group, Map<String, String> diagrams) {
        Path dir = Path.of(System.getProperty("rollscope.mermaid.samples", "target/mermaid-samples"), group);
        try {
            Files.createDirectories(dir);
            try (var old = Files.newDirectoryStream(dir, "*.mmd")) {
                for (Path file : old) {
                    Files.delete(file);
                }
            }
            for (Map.Entry<String, String> diagram : diagrams.entrySet()) {
                Files.writeString(dir.resolve(diagram.getKey() + ".mmd"), diagram.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write Mermaid samples to " + dir, e);
        }
    }
}
