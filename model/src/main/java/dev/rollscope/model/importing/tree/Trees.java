package dev.rollscope.model.importing.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.Origin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML (every document of a multi-document file) or JSON into {@link Node}s that keep their
 * lines, with Jackson's streaming parsers (jackson-dataformat-yaml for YAML).
 */
public final class Trees {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();

    private Trees() {
    }

    /** Every document of a YAML text; empty documents are skipped. */
    public static List<Node> yaml(String text, String file) throws ImportException {
        return read(YAML, text, file);
    }

    /** The one value of a JSON text. */
    public static Node json(String text, String file) throws ImportException {
        List<Node> docs = read(JSON, text, file);
        if (docs.size() != 1) {
            throw ImportException.at(new Origin(file, 1, ""), "oneJson", docs.size());
        }
        return docs.get(0);
    }

    private static List<Node> read(JsonFactory factory, String text, String file) throws ImportException {
        List<Node> docs = new ArrayList<>();
        try (JsonParser p = factory.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                Node n = value(p, t, file, "", line(p));
                if (!n.isNull()) {
                    docs.add(n);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw ImportException.at(new Origin(file, loc == null ? 0 : loc.getLineNr(), ""), "malformed",
                    factory == YAML ? "YAML" : "JSON", e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw ImportException.atFile(file, "cannotRead", e.getMessage());
        }
        return docs;
    }

    private static Node value(JsonParser p, JsonToken t, String file, String path, int line) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> fields = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    int keyLine = line(p);
                    String child = path.isEmpty() ? name : path + "." + name;
                    fields.put(name, value(p, p.nextToken(), file, child, keyLine));
                }
                return new Node(Node.Kind.MAP, file, path, line, fields, null, null);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                    items.add(value(p, v, file, path + "[" + items.size() + "]", line(p)));
                }
                return new Node(Node.Kind.LIST, file, path, line, null, items, null);
            }
            case VALUE_NULL:
                return new Node(Node.Kind.SCALAR, file, path, line, null, null, null);
            default:
                return new Node(Node.Kind.SCALAR, file, path, line, null, null, p.getText());
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
