package dev.rollscope.model.io;

/**
 * A Rollscope file that cannot be read, with where the problem is: the file, the line and column
 * (1-based), the JSON path of the field and what is wrong. Its message is one line,
 * {@code FILE:LINE:COLUMN: PATH: message}, or {@code FILE: message} when the problem is the whole
 * file (missing, too large, not UTF-8), for which {@link #line()} is 0.
 */
public final class ProjectFileException extends Exception {

    private final String file;
    private final int line;
    private final int column;
    private final String path;
    private final String detail;

    /** A problem at one place in the file. */
    public ProjectFileException(String file, int line, int column, String path, String detail) {
        super(file + ":" + line + ":" + column + ": " + path + ": " + detail);
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = path;
        this.detail = detail;
    }

    /** A problem with the whole file. */
    public ProjectFileException(String file, String detail) {
        super(file + ": " + detail);
        this.file = file;
        this.line = 0;
        this.column = 0;
        this.path = "";
        this.detail = detail;
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

    /** What is wrong, without the location. */
    public String detail() {
        return detail;
    }
}
