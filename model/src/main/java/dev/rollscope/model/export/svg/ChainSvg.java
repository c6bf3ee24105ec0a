package dev.rollscope.model.export.svg;

import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Position;
import dev.rollscope.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The chain as an SVG drawing, written from the model (not a screen grab): the client, then per
 * hop the load balancer in front of it and the hop with its name, kind, platform and instances,
 * linked by arrows. Hops sit where the topology's layout puts them, the rest in slots from left
 * to right on one line. Labels in English or Simplified Chinese.
 */
public final class ChainSvg {

    static final double LEFT = 24;
    static final double CENTRE_Y = 120;
    static final double CLIENT_WIDTH = 84;
    static final double FRONT_WIDTH = 104;
    static final double HOP_WIDTH = 168;
    static final double HOP_HEIGHT = 92;
    static final double GAP = 36;
    static final double MARGIN = 24;

    private ChainSvg() {
    }

    public static String of(Topology topology, Locale locale) {
        ExportTexts t = new ExportTexts(locale);
        List<SvgShape> shapes = new ArrayList<>();
        SvgShape previous = SvgShape.box(LEFT, CENTRE_Y - 24, CLIENT_WIDTH, 48, SvgShape.Style.CLIENT,
                List.of(t.get("participant.client")));
        shapes.add(previous);
        double x = LEFT + CLIENT_WIDTH + GAP;
        for (Hop hop : topology.hops()) {
            List<String> frontLines = List.of(t.shortLabel(hop.front()));
            List<String> hopLines = List.of(hop.name(), t.label(hop.kind()) + " \u00b7 "
                    + t.shortLabel(hop.platform()), t.get("svg.instances", String.valueOf(hop.replicas())));
            double frontWidth = SvgShape.fit(FRONT_WIDTH, frontLines);
            Position at = topology.layout().of(hop.id())
                    .orElse(new Position(x + frontWidth + GAP, CENTRE_Y - HOP_HEIGHT / 2));
            SvgShape front = SvgShape.box(at.x() - GAP - frontWidth, at.y() + HOP_HEIGHT / 2 - 20, frontWidth, 40,
                    SvgShape.Style.FRONT, frontLines);
            SvgShape node = SvgShape.box(at.x(), at.y(), SvgShape.fit(HOP_WIDTH, hopLines), HOP_HEIGHT,
                    SvgShape.Style.HOP, hopLines);
            shapes.add(SvgShape.arrow(previous, front));
            shapes.add(SvgShape.arrow(front, node));
            shapes.add(front);
            shapes.add(node);
            previous = node;
            x = Math.max(x, node.maxX() + GAP);
        }
        return document(topology.name(), shapes);
    }

    private static String document(String title, List<SvgShape> shapes) {
        double minX = shapes.stream().mapToDouble(SvgShape::minX).min().orElse(0) - MARGIN;
        double minY = shapes.stream().mapToDouble(SvgShape::minY).min().orElse(0) - MARGIN;
        double maxX = shapes.stream().mapToDouble(SvgShape::maxX).max().orElse(0) + MARGIN;
        double maxY = shapes.stream().mapToDouble(SvgShape::maxY).max().orElse(0) + MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(SvgShape.n(minX)).append(' ')
                .append(SvgShape.n(minY)).append(' ').append(SvgShape.n(maxX - minX)).append(' ')
                .append(SvgShape.n(maxY - minY)).append("\" width=\"").append(SvgShape.n(maxX - minX))
                .append("\" height=\"").append(SvgShape.n(maxY - minY)).append("\" font-family=\"")
                .append("Noto Sans, Noto Sans CJK SC, sans-serif\" font-size=\"13\">\n")
                .append("  <title>").append(SvgText.escape(title)).append("</title>\n")
                .append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" ")
                .append("markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n")
                .append("  <rect x=\"").append(SvgShape.n(minX)).append("\" y=\"").append(SvgShape.n(minY))
                .append("\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        shapes.forEach(s -> svg.append(s.svg()));
        return svg.append("</svg>\n").toString();
    }
}
