package dev.rollscope.model.export.mermaid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real Mermaid parser (tools/mermaid/validate.mjs on Node) once for a whole batch of
 * diagrams: starting it costs about 1.5 s, each diagram then some milliseconds. The Maven build
 * installs the Node packages before the tests; the script is found through the system property
 * {@code rollscope.mermaid.validator}.
 */
public final class MermaidValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 300;

    private MermaidValidator() {
    }

    /** Parses every diagram (id to Mermaid text); the results keep the order of the ids. */
    public static Map<String, ParsedDiagram> validate(Map<String, String> diagrams) {
        try {
            return run(diagrams);
        } catch (IOException e) {
            throw new IllegalStateException("could not run the Mermaid validator " + script() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating Mermaid diagrams", e);
        }
    }

    private static Map<String, ParsedDiagram> run(Map<String, String> diagrams) throws IOException, InterruptedException {
        Path stderr = Files.createTempFile("mermaid-validator", ".log");
        try {
            Process node = new ProcessBuilder("node", script().toString(), "--json")
                    .redirectError(stderr.toFile())
                    .start();
            try (OutputStream in = node.getOutputStream()) {
                JSON.writeValue(in, diagrams.entrySet().stream()
                        .map(e -> Map.of("id", e.getKey(), "text", e.getValue())).toList());
            }
            byte[] out = node.getInputStream().readAllBytes();
            if (!node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                node.destroyForcibly();
                throw new IllegalStateException("the Mermaid validator took more than " + TIMEOUT_SECONDS + " s");
            }
            if (node.exitValue() > 1) {
                throw new IllegalStateException("the Mermaid validator failed (exit " + node.exitValue() + "): "
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            return byId(JSON.readTree(out));
        } finally {
            Files.deleteIfExists(stderr);
        }
    }

    private static Map<String, ParsedDiagram> byId(JsonNode report) throws IOException {
        List<ParsedDiagram> results = JSON.readerForListOf(ParsedDiagram.class).readValue(report.get("results"));
        Map<String, ParsedDiagram> byId = new LinkedHashMap<>();
        results.forEach(r -> byId.put(r.id(), r));
        return byId;
    }

    private static Path script() {
        return Path.of(System.getProperty("rollscope.mermaid.validator", "../tools/mermaid/validate.mjs"));
    }
}
