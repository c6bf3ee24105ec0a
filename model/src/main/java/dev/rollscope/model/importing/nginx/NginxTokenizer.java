package dev.rollscope.model.importing.nginx;

import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.Origin;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits nginx configuration text into tokens as nginx's {@code ngx_conf_read_token} does: words
 * separated by white space; {@code ;}, <code>{</code> and <code>}</code> on their own; {@code #}
 * at the start of a word begins a comment to the end of the line; single or double quotes group a
 * word; a backslash keeps the next character inside the word and stands for it only before a quote,
 * a backslash, {@code t}, {@code r} or {@code n} (so {@code \.php$} stays a regular expression);
 * {@code ${name}} stays inside its word.
 */
final class NginxTokenizer {

    /** A token: a word (quoted or not), or one of {@code ;}, <code>{</code>, <code>}</code>. */
    record Token(Type type, String text, int line) {
        enum Type { WORD, SEMICOLON, OPEN, CLOSE }
    }

    private final String text;
    private final String file;
    private int pos;
    private int line = 1;

    private NginxTokenizer(String text, String file) {
        this.text = text;
        this.file = file;
    }

    static List<Token> tokens(String text, String file) throws ImportException {
        NginxTokenizer t = new NginxTokenizer(text, file);
        List<Token> out = new ArrayList<>();
        for (Token tok = t.next(); tok != null; tok = t.next()) {
            out.add(tok);
        }
        return out;
    }

    private Token next() throws ImportException {
        skipSpaceAndComments();
        if (pos >= text.length()) {
            return null;
        }
        char c = text.charAt(pos);
        switch (c) {
            case ';': pos++; return new Token(Token.Type.SEMICOLON, ";", line);
            case '{': pos++; return new Token(Token.Type.OPEN, "{", line);
            case '}': pos++; return new Token(Token.Type.CLOSE, "}", line);
            case '"': case '\'': return quoted(c);
            default: return word();
        }
    }

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (Character.isWhitespace(c)) {
                if (c == '\n') {
                    line++;
                }
                pos++;
            } else {
                return;
            }
        }
    }

    private Token quoted(char quote) throws ImportException {
        int startLine = line;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw ImportException.at(new Origin(file, startLine, ""),
                        quote == '"' ? "nginx.quote.double" : "nginx.quote.single");
            }
            char c = text.charAt(pos);
            if (c == quote) {
                pos++;
                break;
            }
            if (c == '\\' && pos + 1 < text.length()) {
                sb.append(escaped(text.charAt(pos + 1)));
                pos += 2;
                continue;
            }
            if (c == '\n') {
                line++;
            }
            sb.append(c);
            pos++;
        }
        if (pos < text.length() && !isEnd(text.charAt(pos))) {
            throw ImportException.at(new Origin(file, line, ""), "nginx.afterQuote", text.charAt(pos));
        }
        return new Token(Token.Type.WORD, sb.toString(), startLine);
    }

    private Token word() {
        int startLine = line;
        StringBuilder sb = new StringBuilder();
        boolean inVariable = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length()) {
                sb.append(escaped(text.charAt(pos + 1)));
                pos += 2;
                continue;
            }
            if (inVariable) {
                inVariable = c != '}';
            } else if (c == '{' && sb.length() > 0 && sb.charAt(sb.length() - 1) == '$') {
                inVariable = true;
            } else if (isEnd(c)) {
                break;
            }
            sb.append(c);
            pos++;
        }
        return new Token(Token.Type.WORD, sb.toString(), startLine);
    }

    private static boolean isEnd(char c) {
        return Character.isWhitespace(c) || c == ';' || c == '{' || c == '}';
    }

    private static String escaped(char c) {
        switch (c) {
            case 't': return "\t";
            case 'r': return "\r";
            case 'n': return "\n";
            case '"': case '\'': case '\\': return String.valueOf(c);
            default: return "\\" + c;
        }
    }
}
