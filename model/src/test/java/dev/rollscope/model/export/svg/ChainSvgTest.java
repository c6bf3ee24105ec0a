package dev.rollscope.model.export.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.export.Examples;
import dev.rollscope.model.topology.Position;
import dev.rollscope.model.topology.Topology;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ChainSvgTest {

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void drawsClientFrontsAndHopsWithTheirNamesKindsAndInstances() throws Exception {
        String svg = ChainSvg.of(Examples.read("abcd-defaults").topology(), Locale.ENGLISH);

        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(1 + 1 + 2 * 4);
        assertThat(doc.getElementsByTagName("path").getLength()).as("arrow head and arrows").isEqualTo(1 + 2 * 4);
        assertThat(svg).contains(">Client<", ">A nginx L7<", ">nginx L7 · GCE MIG<", ">3 instances<", ">Kong upstream<",
                ">D runtime<", ">Application · GKE<");
    }

    @Test
    void namesWithMarkupStayTextAndTheDocumentStaysXml() throws Exception {
        Topology t = Examples.read("kong-service-pods").topology();
        Topology named = t.withHop(0, t.hops().get(0).withName("<b>Kong & \"co\"</b>\u0001"));

        String svg = ChainSvg.of(named, Locale.SIMPLIFIED_CHINESE);

        assertThat(parse(svg).getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg).contains("&lt;b&gt;Kong &amp; &quot;co&quot;&lt;/b&gt;\uFFFD", ">客户端<", ">2 个实例<");
    }

    @Test
    void hopWithALayoutPositionIsDrawnThere() {
        Topology t = Examples.read("kong-service-pods").topology();
        Topology placed = t.withLayout(t.layout().with("D", new Position(700, 300)));

        assertThat(ChainSvg.of(placed, Locale.ENGLISH)).contains("<rect x=\"700\" y=\"300\"");
    }
}
