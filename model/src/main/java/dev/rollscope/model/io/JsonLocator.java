package dev.rollscope.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Finds the line and column of a JSON path in a document's text by streaming it with a parser,
 * for errors found after parsing. A path that is not in the document (a missing key) resolves to
 * its nearest ancestor that is.
 */
final class JsonLocator {

    /** A 1-based line and column. */
    record Location(int line, int column) {
        static final Location START = new Location(1, 1);
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLocator() {
    }

    /**
     * @param atKey true for the position of the field's key, false for its value
     */
    static Location locate(String json, JsonPath target, boolean atKey) {
        int depth = -1;
        Location key = null;
        Location value = null;
        try (JsonParser parser = FACTORY.createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                JsonPath here = JsonPath.of(parser.getParsingContext());
                if (!here.contains(target) || here.depth() < depth) {
                    continue;
                }
                if (here.depth() > depth) {
                    depth = here.depth();
                    key = null;
                    value = null;
                }
                Location at = location(parser.currentTokenLocation());
                if (t == JsonToken.FIELD_NAME) {
                    key = key == null ? at : key;
                } else if (value == null) {
                    value = at;
                }
            }
        } catch (IOException e) {
            // The document parsed once already; if it cannot be streamed now, fall back to what was found.
        }
        Location found = atKey && key != null ? key : value != null ? value : key;
        return found == null ? Location.START : found;
    }

    private static Location location(JsonLocation loc) {
        return new Location(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }
}
