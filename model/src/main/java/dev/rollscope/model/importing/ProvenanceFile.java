package dev.rollscope.model.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rollscope.model.io.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps a project's {@link Provenance} beside it: {@code NAME.json.imports} (JSON) next to
 * {@code NAME.json}, with file names relative to the project's directory. Written atomically. The
 * name does not end in {@code .json}, so nothing takes it for a project.
 */
public final class ProvenanceFile {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProvenanceFile() {
    }

    /** {@code dir/name.json.imports} for {@code dir/name.json}. */
    public static Path beside(Path project) {
        return project.resolveSibling(project.getFileName() + ".imports");
    }

    /** The provenance beside a project, or {@link Provenance#EMPTY} when there is none. */
    public static Provenance read(Path project) throws ImportException {
        Path file = beside(project);
        if (!Files.exists(file)) {
            return Provenance.EMPTY;
        }
        try {
            return decode(MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            throw ImportException.atFile(file.toString(), "notImportsFile", e.getMessage());
        }
    }

    public static void write(Provenance provenance, Path project) throws IOException {
        AtomicWrite.write(beside(project), format(provenance).getBytes(StandardCharsets.UTF_8));
    }

    public static String format(Provenance p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", 1);
        ArrayNode settings = root.putArray("settings");
        for (ImportedSetting s : p.settings()) {
            ObjectNode n = settings.addObject();
            n.put("hop", s.hop());
            n.put("setting", s.target());
            n.put("kind", s.kind().cliName());
            origin(n, s.origin());
        }
        ArrayNode homes = root.putArray("homes");
        for (Provenance.Home h : p.homes()) {
            ObjectNode n = homes.addObject();
            n.put("hop", h.hop());
            n.put("kind", h.kind().cliName());
            n.put("context", h.context());
            origin(n, h.block());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void origin(ObjectNode n, Origin o) {
        n.put("file", o.file());
        n.put("line", o.line());
        n.put("name", o.name());
    }

    private static Provenance decode(JsonNode root) {
        List<ImportedSetting> settings = new ArrayList<>();
        for (JsonNode n : root.path("settings")) {
            settings.add(new ImportedSetting(n.get("hop").asText(), n.get("setting").asText(), kind(n), origin(n)));
        }
        List<Provenance.Home> homes = new ArrayList<>();
        for (JsonNode n : root.path("homes")) {
            homes.add(new Provenance.Home(n.get("hop").asText(), kind(n), n.get("context").asText(), origin(n)));
        }
        return new Provenance(settings, homes);
    }

    private static ConfigKind kind(JsonNode n) {
        return ConfigKind.valueOf(n.get("kind").asText().toUpperCase(Locale.ROOT));
    }

    private static Origin origin(JsonNode n) {
        return new Origin(n.get("file").asText(), n.get("line").asInt(), n.get("name").asText());
    }
}
