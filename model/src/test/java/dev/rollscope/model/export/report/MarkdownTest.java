package dev.rollscope.model.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void inlineTextShowsHtmlAndMarkdownMarkersAsTyped() {
        assertThat(Markdown.inline("<b>a|b</b> *x* `y` #1 [l](u) a\nb"))
                .isEqualTo("&lt;b&gt;a\\|b&lt;/b&gt; \\*x\\* \\`y\\` \\#1 \\[l\\](u) a b");
    }

    @Test
    void codeSpanIsLongerThanAnyBacktickRunInside() {
        assertThat(Markdown.code("a``b")).isEqualTo("```a``b```");
        assertThat(Markdown.code("`x")).isEqualTo("`` `x ``");
    }

    @Test
    void fenceOutgrowsBackticksInsideTheBlock() {
        String md = new Markdown().fence("mermaid", "a ```` b\n").toString();

        assertThat(md).startsWith("`````mermaid\na ```` b\n`````\n");
    }

    @Test
    void tableWritesHeaderRuleAndRows() {
        String md = new Markdown().table(List.of("A", "B"), List.of(List.of("1", "2"))).toString();

        assertThat(md).isEqualTo("| A | B |\n|---|---|\n| 1 | 2 |\n\n");
    }
}
