package dev.rollscope.app.export;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save a file of one type; empty when the user cancels. Tests answer without a window. */
@FunctionalInterface
public interface SaveTarget {

    /**
     * @param title     the question, in the user's language
     * @param extension the file type without its dot: {@code mmd}, {@code md}, {@code svg}, {@code png}
     */
    Optional<Path> ask(String title, String extension);
}
