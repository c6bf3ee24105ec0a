package dev.rollscope.app.playback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.theme.Fonts;
import dev.rollscope.app.theme.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The stage of abcd-defaults' "roll C" at 20 s as SVG, in a 1280×720 window: the POST refused with 413
 * at A (9 s) is marked. The SVG is well-formed XML whose texts are the hop headings, the client, the
 * failure's status and the time; its view box is the PNG's crop of the same moment, smaller than the picture.
 */
@ExtendWith(ApplicationExtension.class)
class StageSvgTest {

    @TempDir
    Path dir;

    private PlaybackFixture f;

    @Start
    void start(Stage stage) {
        // each test opens its own window
    }

    @AfterEach
    void close(FxRobot robot) {
        f.close(robot);
    }

    @Test
    void englishTextsAreTextAndTheViewBoxIsThePngsCrop(FxRobot robot) throws Exception {
        f = new PlaybackFixture(Examples.project("abcd-defaults.json"), "roll C", Locale.ENGLISH)
                .show(robot, Theme.LIGHT, 1280, 720);
        Document svg = svg(robot, "stage.svg");

        assertThat(texts(svg)).contains("Client", "A · A nginx L7", "B · B nginx L4 stream", "C · C Kong data plane",
                "D · D runtime", "413");
        assertThat(texts(svg)).anyMatch(t -> t.startsWith("t = 20"));
        BufferedImage png = ImageIO.read(save(robot, "stage.png").toFile());
        double[] box = viewBox(svg);
        assertThat(box[2]).isEqualTo(png.getWidth());
        assertThat(box[3]).isEqualTo(png.getHeight());
        assertThat(box[2]).isLessThan(Math.max(640, f.pane.canvas().getWidth()));
        for (Element text : elements(svg, "text")) {
            assertThat(Double.parseDouble(text.getAttribute("x"))).isBetween(box[0], box[0] + box[2]);
        }
    }

    @Test
    void chineseTextsAreTextInAFontThatShowsThem(FxRobot robot) throws Exception {
        f = new PlaybackFixture(Examples.project("abcd-defaults.json"), "roll C", Locale.SIMPLIFIED_CHINESE)
                .show(robot, Theme.DARK, 1280, 720);
        Document svg = svg(robot, "stage-zh.svg");

        assertThat(texts(svg)).contains("客户端", "A · A nginx L7", "413");
        Element client = elements(svg, "text").stream().filter(e -> e.getTextContent().equals("客户端")).findFirst()
                .orElseThrow();
        assertThat(client.getAttribute("font-family")).startsWith(Fonts.familyFor(Locale.SIMPLIFIED_CHINESE).orElseThrow());
    }

    private Path save(FxRobot robot, String name) {
        Path file = dir.resolve(name);
        robot.interact(() -> {
            f.pane.model().timeline().seek(20_000);
            try {
                assertThat(StageSaves.picture(f.pane, file)).isTrue();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return file;
    }

    private Document svg(FxRobot robot, String name) throws Exception {
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        return xml.newDocumentBuilder().parse(save(robot, name).toFile());
    }

    private static List<Element> elements(Document svg, String name) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static List<String> texts(Document svg) {
        return elements(svg, "text").stream().map(Element::getTextContent).toList();
    }

    private static double[] viewBox(Document svg) {
        String[] parts = svg.getDocumentElement().getAttribute("viewBox").split(" ");
        double[] out = new double[4];
        for (int i = 0; i < 4; i++) {
            out[i] = Double.parseDouble(parts[i]);
        }
        return out;
    }
}
