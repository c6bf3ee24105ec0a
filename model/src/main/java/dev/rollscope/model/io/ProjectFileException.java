package dev.rollscope.model.io;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.Refused;
import java.util.Locale;

/**
 * A Rollscope file that cannot be read, with where the problem is: the file, the line and column
 * (1-based), the JSON path of the field and what is wrong. Its message is one line,
 * {@code FILE:LINE:COLUMN: PATH: message}, or {@code FILE: message} when the problem is the whole
 * file (missing, too large, not UTF-8), for which {@link #line()} is 0; in English, and in the
 * user's language from {@link #message(Locale)}.
 */
public final class ProjectFileException extends Exception implements Refused {

    /** The longest message: one line a terminal shows whole. */
    public static final int MAX_MESSAGE = 300;

    private final String file;
    private final int line;
    private final int column;
    private final String path;
    private final transient Refusal detail;

    /** A problem at one place in the file. */
    public ProjectFileException(String file, int line, int column, String path, Refusal detail) {
        super(oneLine(at(file, line, column, path, detail).english()));
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = path;
        this.detail = detail;
    }

    /** A problem with the whole file. */
    public ProjectFileException(String file, Refusal detail) {
        super(oneLine(at(file, 0, 0, "", detail).english()));
        this.file = file;
        this.line = 0;
        this.column = 0;
        this.path = "";
        this.detail = detail;
    }

    /** A problem with the whole file that the model has no words for (a text from elsewhere, in English). */
    public ProjectFileException(String file, String detail) {
        this(file, Refusal.verbatim(detail));
    }

    /** The message in the given language: the same place, what is wrong in that language. */
    @Override
    public String message(Locale locale) {
        return oneLine(refusal().text(locale));
    }

    /** The message as a key and arguments: the place, and what is wrong. */
    @Override
    public Refusal refusal() {
        return at(file, line, column, path, detail);
    }

    private static Refusal at(String file, int line, int column, String path, Refusal detail) {
        return line == 0 ? Refusal.of("file.whole", file, detail) : Refusal.of("file.at", file, line, column, path, detail);
    }

    /**
     * The message as a terminal shows it: control characters escaped ({@code \n}, {@code \u0000}),
     * cut to at most {@link #MAX_MESSAGE} characters. The decoders already quote the input in short
     * excerpts; this is the last guard for texts that come from elsewhere (a parser, a file name).
     */
    static String oneLine(String message) {
        StringBuilder sb = new StringBuilder();
        message.chars().forEach(c -> {
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append((char) c);
            }
        });
        if (sb.length() <= MAX_MESSAGE) {
            return sb.toString();
        }
        int end = MAX_MESSAGE - 1;
        if (Character.isHighSurrogate(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(0, end) + "…";
    }

    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem is the whole file. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The JSON path of the field, such as {@code $.hops[1].replicas}; empty for the whole file. */
    public String path() {
        return path;
    }

    /** What is wrong, without the location, in English. */
    public String detail() {
        return detail(Locale.ENGLISH);
    }

    /** What is wrong, without the location, in the given language. */
    public String detail(Locale locale) {
        return oneLine(detail.text(locale));
    }
}
