package dev.rollscope.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The desktop's recently-used list as GTK keeps it, written next to other applications' entries. */
class RecentlyUsedXbelTest {

    private static final Instant T1 = Instant.parse("2026-12-05T06:00:00.123456789Z");
    private static final Instant T2 = Instant.parse("2026-12-05T06:30:00Z");

    /** What GTK 3 writes for a file gedit opened (as in a real ~/.local/share/recently-used.xbel). */
    private static final String GEDIT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xbel version="1.0"
                  xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks"
                  xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info"
            >
              <bookmark href="file:///home/u/notes.txt" added="2026-11-01T10:00:00.000001Z" \
            modified="2026-11-01T10:00:00.000001Z" visited="2026-11-01T10:00:00.000001Z">
                <info>
                  <metadata owner="http://freedesktop.org">
                    <mime:mime-type type="text/plain"/>
                    <bookmark:applications>
                      <bookmark:application name="gedit" exec="&apos;gedit %u&apos;" \
            modified="2026-11-01T10:00:00.000001Z" count="3"/>
                    </bookmark:applications>
                  </metadata>
                </info>
              </bookmark>
            </xbel>
            """;

    @TempDir
    Path dir;

    private Path list() {
        return dir.resolve("data").resolve("recently-used.xbel");
    }

    private Document parse() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(list().toFile());
    }

    private static Element bookmark(Document doc, String href) {
        NodeList all = doc.getElementsByTagName("bookmark");
        for (int i = 0; i < all.getLength(); i++) {
            Element b = (Element) all.item(i);
            if (href.equals(b.getAttribute("href"))) {
                return b;
            }
        }
        return null;
    }

    private static List<Element> applications(Element bookmark) {
        NodeList apps = bookmark.getElementsByTagNameNS(RecentlyUsedXbel.BOOKMARK_NS, "application");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < apps.getLength(); i++) {
            found.add((Element) apps.item(i));
        }
        return found;
    }

    @Test
    void aNewListHoldsTheFileWithItsMimeTypeAndRollscope() throws Exception {
        Path project = dir.resolve("my chain.json");

        new RecentlyUsedXbel(list()).add(project, T1);

        Document doc = parse();
        Element b = bookmark(doc, "file://" + dir.toAbsolutePath() + "/my%20chain.json");
        assertThat(b).isNotNull();
        assertThat(b.getAttribute("added")).isEqualTo("2026-12-05T06:00:00.123456Z");
        assertThat(b.getAttribute("visited")).isEqualTo("2026-12-05T06:00:00.123456Z");
        assertThat(((Element) b.getElementsByTagNameNS(RecentlyUsedXbel.MIME_NS, "mime-type").item(0))
                .getAttribute("type")).isEqualTo("application/x-rollscope+json");
        assertThat(applications(b)).singleElement().satisfies(a -> {
            assertThat(a.getAttribute("name")).isEqualTo("Rollscope");
            assertThat(a.getAttribute("exec")).isEqualTo("'rollscope %u'");
            assertThat(a.getAttribute("count")).isEqualTo("1");
        });
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(list()))).isEqualTo("rw-------");
        assertThat(Files.list(list().getParent())).containsExactly(list());
    }

    @Test
    void otherApplicationsEntriesStayAndAReopenUpdatesTheOwnOne() throws Exception {
        Files.createDirectories(list().getParent());
        Files.writeString(list(), GEDIT);
        Path project = dir.resolve("p.json");
        String href = project.toUri().toString();

        new RecentlyUsedXbel(list()).add(project, T1);
        new RecentlyUsedXbel(list()).add(project, T2);

        Document doc = parse();
        assertThat(doc.getElementsByTagName("bookmark").getLength()).isEqualTo(2);
        Element gedit = bookmark(doc, "file:///home/u/notes.txt");
        assertThat(gedit.getAttribute("modified")).isEqualTo("2026-11-01T10:00:00.000001Z");
        assertThat(applications(gedit)).singleElement().satisfies(a -> {
            assertThat(a.getAttribute("exec")).isEqualTo("'gedit %u'");
            assertThat(a.getAttribute("count")).isEqualTo("3");
        });
        Element own = bookmark(doc, href);
        assertThat(own.getAttribute("added")).isEqualTo("2026-12-05T06:00:00.123456Z");
        assertThat(own.getAttribute("modified")).isEqualTo("2026-12-05T06:30:00.000000Z");
        assertThat(applications(own)).singleElement().satisfies(a -> {
            assertThat(a.getAttribute("count")).isEqualTo("2");
            assertThat(a.getAttribute("modified")).isEqualTo("2026-12-05T06:30:00.000000Z");
        });
        String text = Files.readString(list(), StandardCharsets.UTF_8);
        assertThat(text).contains("xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\"")
                .contains("<bookmark:application ").contains("<mime:mime-type type=\"text/plain\"/>");
    }

    @Test
    void aFileGeditOpenedKeepsGeditWhenRollscopeOpensIt() throws Exception {
        Files.createDirectories(list().getParent());
        Files.writeString(list(), GEDIT);

        new RecentlyUsedXbel(list()).add(Path.of("/home/u/notes.txt"), T1);

        Element b = bookmark(parse(), "file:///home/u/notes.txt");
        assertThat(applications(b)).extracting(a -> a.getAttribute("name")).containsExactly("gedit", "Rollscope");
        assertThat(b.getAttribute("added")).isEqualTo("2026-11-01T10:00:00.000001Z");
    }

    @Test
    void aListThatIsNotValidXmlOrHasADoctypeIsLeftAlone() throws Exception {
        Files.createDirectories(list().getParent());
        for (String bad : List.of("<xbel version=\"1.0\"><bookmark href=", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE xbel [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<xbel>&x;</xbel>",
                "<html/>")) {
            Files.writeString(list(), bad);

            assertThatThrownBy(() -> new RecentlyUsedXbel(list()).add(dir.resolve("p.json"), T1))
                    .isInstanceOf(IOException.class).hasMessageContaining("left alone");

            assertThat(Files.readString(list())).isEqualTo(bad);
        }
    }

    @Test
    void rollscopeKeepsAtMostItsOwnShareAndTakesItselfOffTheOldestFirst() throws Exception {
        Files.createDirectories(list().getParent());
        Files.writeString(list(), GEDIT);
        RecentlyUsedXbel xbel = new RecentlyUsedXbel(list());
        xbel.add(Path.of("/home/u/notes.txt"), T1);
        for (int i = 0; i < RecentlyUsedXbel.OWN + 1; i++) {
            xbel.add(dir.resolve("p" + i + ".json"), T1.plusSeconds(i + 1));
        }

        Document doc = parse();
        assertThat(doc.getElementsByTagName("bookmark").getLength()).isEqualTo(RecentlyUsedXbel.OWN + 1);
        assertThat(bookmark(doc, dir.resolve("p0.json").toUri().toString())).isNull();
        assertThat(bookmark(doc, dir.resolve("p1.json").toUri().toString())).isNotNull();
        assertThat(applications(bookmark(doc, "file:///home/u/notes.txt"))).extracting(a -> a.getAttribute("name"))
                .containsExactly("gedit");
    }

    /** The list of the user the process runs for: {@code $XDG_DATA_HOME} when set. */
    @Test
    void theUsersListIsUnderXdgDataHome() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                XbelChild.class.getName(), dir.resolve("from-child.json").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        pb.environment().put("XDG_DATA_HOME", list().getParent().toString());

        // Not inheritIO(): the test JVM's standard output is Surefire's channel to Maven.
        int exit = pb.start().waitFor();
        assertThat(exit).as("child's output: %s", Files.readString(dir.resolve("child.log"))).isZero();

        assertThat(bookmark(parse(), dir.resolve("from-child.json").toUri().toString())).isNotNull();
    }
}
