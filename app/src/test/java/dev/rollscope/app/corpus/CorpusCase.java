package dev.rollscope.app.corpus;

import java.nio.file.Path;

/**
 * One input of the hostile corpus.
 *
 * @param category what kind of hostility (truncation, nulls, unit strings, ...)
 * @param file     the path the commands get (it may be missing, a directory or a pipe)
 */
record CorpusCase(String category, Path file, Expect expect) {
}
