package dev.rollscope.model.importing.tree;

import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.Origin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML or JSON value with where it is: a mapping, a sequence or a scalar (kept as its text), its
 * dotted path from the document root ({@code spec.strategy.rollingUpdate.maxSurge},
 * {@code spec.template.spec.containers[0].lifecycle}) and the line of its key (or of the value
 * itself in a sequence).
 */
public record Node(Kind kind, String file, String path, int line, Map<String, Node> fields, List<Node> items,
                   String text) {

    /** What the value is; a YAML/JSON null is a scalar whose text is null. */
    public enum Kind { MAP, LIST, SCALAR }

    public Node {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        items = items == null ? List.of() : List.copyOf(items);
    }

    public Origin origin() {
        return new Origin(file, line, path);
    }

    public Optional<Node> get(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** Follows a dotted path of keys ({@code rollingUpdate.maxSurge}). */
    public Optional<Node> at(String dotted) {
        Node n = this;
        for (String k : dotted.split("\\.")) {
            n = n.fields.get(k);
            if (n == null) {
                return Optional.empty();
            }
        }
        return Optional.of(n);
    }

    public boolean isNull() {
        return kind == Kind.SCALAR && text == null;
    }

    /** The scalar's text. @throws ImportException when the value is not a scalar */
    public String scalar() throws ImportException {
        if (kind != Kind.SCALAR || text == null) {
            throw ImportException.at(origin(), "notScalar." + kind.name());
        }
        return text;
    }

    /** A whole non-negative number. @throws ImportException otherwise */
    public int integer() throws ImportException {
        String t = scalar();
        if (!t.matches("\\d{1,9}")) {
            throw ImportException.at(origin(), "notWhole", t);
        }
        return Integer.parseInt(t);
    }

    /** {@code true}/{@code false}. @throws ImportException otherwise */
    public boolean bool() throws ImportException {
        String t = scalar();
        if (t.equals("true") || t.equals("false")) {
            return Boolean.parseBoolean(t);
        }
        throw ImportException.at(origin(), "notBool", t);
    }
}
