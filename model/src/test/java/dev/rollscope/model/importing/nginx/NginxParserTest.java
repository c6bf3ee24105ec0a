package dev.rollscope.model.importing.nginx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.SourceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NginxParserTest {

    @TempDir
    Path dir;

    private NginxParser.Config parse(String text) throws Exception {
        Path f = dir.resolve("nginx.conf");
        Files.writeString(f, text);
        return NginxParser.parse(f, new SourceFiles(dir));
    }

    @Test
    void quotesEscapesCommentsAndVariablesAreReadAsNginxReadsThem() throws Exception {
        List<Directive> ds = parse("""
                log_format main '$remote_addr "q" \\'s\\'' "a\\"b"; # comment ; {
                location ~ \\.php$ { return 200 "${host}x"; }
                add_header X-A "two
                lines";
                """).directives();

        assertThat(ds.get(0).args()).containsExactly("main", "$remote_addr \"q\" 's'", "a\"b");
        assertThat(ds.get(1).args()).containsExactly("~", "\\.php$");
        assertThat(ds.get(1).children().get(0).args()).containsExactly("200", "${host}x");
        assertThat(ds.get(2).line()).isEqualTo(3);
        assertThat(ds.get(2).args().get(1)).isEqualTo("two\nlines");
    }

    @Test
    void variableBracesStayInsideTheWord() throws Exception {
        List<Directive> ds = parse("set $a ${b}c;\n").directives();

        assertThat(ds.get(0).args()).containsExactly("$a", "${b}c");
        assertThat(ds.get(0).isBlock()).isFalse();
    }

    @Test
    void syntaxErrorsNameFileAndLine() {
        assertThatThrownBy(() -> parse("http {\n  server {\n}\n")).isInstanceOf(ImportException.class)
                .hasMessage("nginx.conf:3: unexpected end of file, expecting \"}\"");
        assertThatThrownBy(() -> parse("a 1;\n}\n")).hasMessage("nginx.conf:2: unexpected \"}\"");
        assertThatThrownBy(() -> parse("a \"x;\n")).hasMessage("nginx.conf:1: unexpected end of file: the double "
                + "quote opened here is never closed");
        assertThatThrownBy(() -> parse("http { a 1 }\n")).hasMessage("nginx.conf:1: a: unexpected \"}\": the "
                + "directive has no \";\"");
    }

    @Test
    void includesAreSplicedInPlaceWithGlobsInNameOrder() throws Exception {
        Files.createDirectories(dir.resolve("conf.d"));
        Files.writeString(dir.resolve("conf.d/b.conf"), "b 2;\n");
        Files.writeString(dir.resolve("conf.d/a.conf"), "a 1;\n");
        Files.writeString(dir.resolve("conf.d/skip.txt"), "no;\n");

        NginxParser.Config c = parse("http {\n  include conf.d/*.conf;\n  c 3;\n}\n");

        List<Directive> http = c.directives().get(0).children();
        assertThat(http).extracting(Directive::name).containsExactly("a", "b", "c");
        assertThat(http.get(0).file()).isEqualTo("conf.d/a.conf");
        assertThat(c.includes().get(0).files()).containsExactly("conf.d/a.conf", "conf.d/b.conf");
    }

    @Test
    void anAbsoluteIncludeIsLookedForUnderTheMainFilesDirectory() throws Exception {
        Files.writeString(dir.resolve("mime.types"), "types { text/html html; }\n");

        NginxParser.Config c = parse("include /etc/nginx/mime.types;\ninclude /etc/nginx/conf.d/*.conf;\n");

        assertThat(c.directives()).extracting(Directive::name).containsExactly("types");
        assertThat(c.includes().get(1).files()).isEmpty();
    }

    @Test
    void aMissingPlainIncludeIsAnError() {
        assertThatThrownBy(() -> parse("\ninclude missing.conf;\n")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("nginx.conf:2: include: no file missing.conf under ");
    }

    @Test
    void nginxTimesAndSizesAreReadInNginxUnits() {
        assertThat(NginxValues.time("75").millis()).isEqualTo(75_000);
        assertThat(NginxValues.time("1m").millis()).isEqualTo(60_000);
        assertThat(NginxValues.time("1h30m").millis()).isEqualTo(5_400_000);
        assertThat(NginxValues.time("500ms").millis()).isEqualTo(500);
        assertThat(NginxValues.size("1m").bytes()).isEqualTo(1L << 20);
        assertThat(NginxValues.size("8k").bytes()).isEqualTo(8192);
        assertThat(NginxValues.size("100").bytes()).isEqualTo(100);
        assertThatThrownBy(() -> NginxValues.time("10q")).hasMessageContaining("\"10q\" is not an nginx time");
        assertThatThrownBy(() -> NginxValues.time("10 5s")).hasMessageContaining("not an nginx time");
        assertThatThrownBy(() -> NginxValues.size("50MB")).hasMessageContaining("\"50MB\" is not an nginx size");
    }
}
