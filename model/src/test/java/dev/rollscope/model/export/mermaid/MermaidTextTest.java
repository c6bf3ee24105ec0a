package dev.rollscope.model.export.mermaid;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MermaidTextTest {

    @Test
    void keepsPlainTextLettersOfAnyScriptAndEmojiAsTyped() {
        assertThat(MermaidText.text("A: nginx (old) 客户端 😀 \"q\" it's {x} [y] 50% t=12.4s"))
                .isEqualTo("A: nginx (old) 客户端 😀 \"q\" it's {x} [y] 50% t=12.4s");
    }

    @Test
    void writesStatementEndsAndMarkupAsEntityCodes() {
        assertThat(MermaidText.text("a;b#c<d>e&f")).isEqualTo("a#59;b#35;c#60;d#62;e#38;f");
    }

    @Test
    void writesBackslashAndDollarAsEntityCodes() {
        assertThat(MermaidText.text("C:\\tmp $$x$$")).isEqualTo("C#58;#92;tmp #36;#36;x#36;#36;");
    }

    @Test
    void breaksThePairsMermaidBuildsItsPlaceholdersOf() {
        assertThat(MermaidText.text("\uFB02\u00B0\u00B059\u00B6\u00DF")).isEqualTo("\uFB02#176;\u00B059\u00B6#223;");
        assertThat(MermaidText.text("Stra\u00DFe \u00B0C \uFB02y")).isEqualTo("Stra\u00DFe \u00B0C \uFB02y");
    }

    @Test
    void breaksEveryRunOfPercentSignsSoNoCommentOrDirectiveRemains() {
        assertThat(MermaidText.text("%%{init}%% 100%")).isEqualTo("#37;%{init}#37;% 100%");
        assertThat(MermaidText.text("%%%")).isEqualTo("#37;#37;%");
    }

    @Test
    void keepsLeadingAndTrailingWhiteSpaceThatMermaidWouldTrim() {
        assertThat(MermaidText.text(" a b\t")).isEqualTo("#32;a b#9;");
        assertThat(MermaidText.text("   ")).isEqualTo("#32;#32;#32;");
        assertThat(MermaidText.text("\u00A0x\u3000")).isEqualTo("#160;x#12288;");
    }

    @Test
    void escapesTheColonOfALeadingWrapDirective() {
        assertThat(MermaidText.text("wrap: x")).isEqualTo("wrap#58; x");
        assertThat(MermaidText.text("NoWrap:x")).isEqualTo("NoWrap#58;x");
        assertThat(MermaidText.text(":wrap: x")).isEqualTo("#58;wrap: x");
        assertThat(MermaidText.text("unwrap: x")).isEqualTo("unwrap: x");
    }

    @Test
    void escapesEveryColonThatANonSpaceFollowsSoNoLineLooksLikeAStyleLine() {
        assertThat(MermaidText.text("lifestyle api port:8080; eu")).isEqualTo("lifestyle api port#58;8080#59; eu");
        assertThat(MermaidText.text("A: nginx")).isEqualTo("A: nginx");
        assertThat(MermaidText.text("a:\tb")).isEqualTo("a:\tb");
        assertThat(MermaidText.text("ends:")).isEqualTo("ends#58;");
        assertThat(MermaidText.text("a: ")).isEqualTo("a#58;#32;");
        assertThat(MermaidText.text("a:\nb")).isEqualTo("a#58;<br/>b");
    }

    @Test
    void turnsEveryKindOfLineBreakIntoBr() {
        assertThat(MermaidText.text("a\nb\r\nc\rd\u2028e")).isEqualTo("a<br/>b<br/>c<br/>d<br/>e");
    }

    @Test
    void escapesEachLineOfAMultiLineTextOnItsOwn() {
        assertThat(MermaidText.text("a \n b")).isEqualTo("a#32;<br/>#32;b");
    }

    @Test
    void replacesCharactersAnSvgCannotHold() {
        assertThat(MermaidText.text("a\u0001b\u007Fc\u0085d\uFFFEe\uD800f")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
    }

    @Test
    void keepsSurrogatePairs() {
        assertThat(MermaidText.text("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void escapesParenthesesOnlyInBoxTitles() {
        assertThat(MermaidText.boxTitle("A (old)")).isEqualTo("A #40;old#41;");
        assertThat(MermaidText.text("A (old)")).isEqualTo("A (old)");
    }

    @Test
    void writesTitlesAndCommentsOnOneLine() {
        assertThat(MermaidText.line("a\nb;c")).isEqualTo("a b#59;c");
    }

    @Test
    void keepsTheSpaceOfALineBreakAtTheEdgeOfAOneLineText() {
        assertThat(MermaidText.line("a\n")).isEqualTo("a#32;");
    }

    @Test
    void setsEntityCodesApartInBlockLabelsSoWrappingCannotCutThem() {
        assertThat(MermaidText.blockLabel("x=1;y=2")).isEqualTo("x=1 #59; y=2");
        assertThat(MermaidText.blockLabel("<a> b")).isEqualTo("#60; a #62; b");
        assertThat(MermaidText.blockLabel("plain words")).isEqualTo("plain words");
    }

    @Test
    void dropsTheWhiteSpaceAroundABlockLabel() {
        assertThat(MermaidText.blockLabel("\u3000 a b\n")).isEqualTo("a b");
    }

    @Test
    void leavesAnEmptyTextEmpty() {
        assertThat(MermaidText.text("")).isEmpty();
    }
}
