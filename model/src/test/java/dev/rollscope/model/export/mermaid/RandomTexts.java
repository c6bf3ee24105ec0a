package dev.rollscope.model.export.mermaid;

import java.util.List;
import java.util.Random;

/** Random texts a user could type, made of fragments that have broken Mermaid diagrams. */
final class RandomTexts {

    private static final List<String> FRAGMENTS = List.of(
            "客户端", "网关", "：", "；", "（旧）", "end", "End", "Note", "loop", "box", "participant", "as", "else", "x",
            "(", ")", ":", ";", "#", "#59;", "#quot;", "<br>", "<br/>", "%%", "%", "%%{init: {}}%%", "-->>", "->>",
            "-x", "--)", "+", "-", ",", "\"", "'", "\\", "\\n", "{", "}", "@{", "$$", "$", "😀", "🚀", "👨‍👩‍👧", " ",
            "  ", "\n", "\r\n", "\t", "&", "&amp;", "<", ">", "wrap:", "nowrap:", "\uFB02\u00B0\u00B0", "\u00B6\u00DF",
            "A", "nginx", "pod-7f9c", "50 MB", "t=12.4s", "502", "\u00A0", "\u0001", "é", "Ω", "#br#");

    private final Random random;

    RandomTexts(Random random) {
        this.random = random;
    }

    /** Up to {@code maxFragments} fragments; sometimes empty. */
    String next(int maxFragments) {
        int count = random.nextInt(maxFragments + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        }
        return text.toString();
    }
}
