package dev.rollscope.model.importing.fix;

import dev.rollscope.model.importing.Origin;
import dev.rollscope.model.importing.SourceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Edits of an imported file's lines, as unified diffs. */
final class TextEdit {

    private TextEdit() {
    }

    static Optional<List<String>> lines(SourceFiles files, Origin origin) {
        try {
            return Optional.of(Files.readAllLines(files.resolve(origin.file())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces group 2 of {@code pattern} on the first line from {@code origin.line()} (looking at
     * most {@code reach} lines further) that matches; empty when none does.
     */
    static Optional<String> replace(SourceFiles files, Origin origin, Pattern pattern, String value, int reach) {
        Optional<List<String>> lines = lines(files, origin);
        if (lines.isEmpty() || origin.line() < 1) {
            return Optional.empty();
        }
        List<String> ls = lines.get();
        for (int i = origin.line(); i <= Math.min(ls.size(), origin.line() + reach); i++) {
            Matcher m = pattern.matcher(ls.get(i - 1));
            if (m.find()) {
                String changed = ls.get(i - 1).substring(0, m.start(2)) + value + ls.get(i - 1).substring(m.end(2));
                return Optional.of(UnifiedDiff.of(origin.file(), ls, i, i, List.of(changed)));
            }
        }
        return Optional.empty();
    }

    /** Inserts {@code text} as the first line inside the block that opens at {@code block.line()}. */
    static Optional<String> insertInto(SourceFiles files, Origin block, String text) {
        Optional<List<String>> lines = lines(files, block);
        if (lines.isEmpty() || block.line() < 1) {
            return Optional.empty();
        }
        List<String> ls = lines.get();
        int open = block.line();
        while (open <= ls.size() && !ls.get(open - 1).contains("{")) {
            open++;
        }
        if (open > ls.size()) {
            return Optional.empty();
        }
        String indent = leading(ls.get(block.line() - 1));
        String inner = open < ls.size() && !ls.get(open).trim().isEmpty() && !ls.get(open).trim().equals("}")
                ? leading(ls.get(open)) : indent + (indent.contains("\t") ? "\t" : "    ");
        return Optional.of(UnifiedDiff.of(block.file(), ls, open + 1, open, List.of(inner + text)));
    }

    private static String leading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }
}
