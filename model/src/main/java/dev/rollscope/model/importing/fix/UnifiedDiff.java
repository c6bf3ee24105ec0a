package dev.rollscope.model.importing.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u}, applicable with {@code patch -p1}) of one edit to a text:
 * lines {@code from..to} (1-based, {@code to = from - 1} for a pure insertion before {@code from})
 * replaced by {@code replacement}, with three lines of context.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    static String of(String file, List<String> lines, int from, int to, List<String> replacement) {
        int start = Math.max(1, from - CONTEXT);
        int end = Math.min(lines.size(), to + CONTEXT);
        List<String> body = new ArrayList<>();
        for (int i = start; i < from; i++) {
            body.add(" " + lines.get(i - 1));
        }
        for (int i = from; i <= to; i++) {
            body.add("-" + lines.get(i - 1));
        }
        for (String r : replacement) {
            body.add("+" + r);
        }
        for (int i = to + 1; i <= end; i++) {
            body.add(" " + lines.get(i - 1));
        }
        int oldCount = end - start + 1;
        int newCount = oldCount - (to - from + 1) + replacement.size();
        StringBuilder sb = new StringBuilder();
        sb.append("--- a/").append(file).append('\n').append("+++ b/").append(file).append('\n');
        sb.append("@@ -").append(range(start, oldCount)).append(" +").append(range(start, newCount)).append(" @@\n");
        body.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    private static String range(int start, int count) {
        return count == 0 ? (start - 1) + ",0" : start + "," + count;
    }
}
