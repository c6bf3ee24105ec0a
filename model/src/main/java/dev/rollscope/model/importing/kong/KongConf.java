package dev.rollscope.model.importing.kong;

import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.Origin;
import dev.rollscope.model.importing.ReportText;

/**
 * Reads {@code kong.conf} ({@code property = value}, {@code #} comments, {@code \#} for a literal
 * hash) or an environment file ({@code KONG_PROPERTY=value}, optionally {@code export}ed and
 * quoted).
 */
final class KongConf {

    private KongConf() {
    }

    static void read(String text, String file, Findings f) throws ImportException {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).trim();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw ImportException.at(new Origin(file, i + 1, ""), "kong.notProperty", line);
            }
            String key = line.substring(0, eq).trim().replaceFirst("^export\\s+", "");
            String value = unquote(line.substring(eq + 1).trim());
            Origin origin = new Origin(file, i + 1, key);
            if (key.startsWith("KONG_")) {
                KongProperties.read(origin, KongProperties.fromEnv(key), value, f);
            } else if (key.matches("[A-Z][A-Z0-9_]*")) {
                f.irrelevant(origin, ReportText.of("kong.notKongVariable"));
            } else {
                KongProperties.read(origin, key, value, f);
            }
        }
    }

    private static String stripComment(String line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '#') {
                sb.append('#');
                i++;
            } else if (c == '#') {
                break;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
