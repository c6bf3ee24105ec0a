package dev.rollscope.model.export.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** A box with lines of text, or an arrow between two boxes, of a {@link ChainSvg} drawing. */
record SvgShape(double x, double y, double width, double height, Style style, List<String> lines, String path) {

    /** How a box is drawn: fill, stroke, corner radius. */
    enum Style {
        CLIENT("#eef3fb", "#5b7db1", 24), FRONT("#f6f1e7", "#b08d4a", 6), HOP("#ffffff", "#3d5a80", 8);

        private final String fill;
        private final String stroke;
        private final int radius;

        Style(String fill, String stroke, int radius) {
            this.fill = fill;
            this.stroke = stroke;
            this.radius = radius;
        }
    }

    static SvgShape box(double x, double y, double width, double height, Style style, List<String> lines) {
        return new SvgShape(x, y, width, height, style, List.copyOf(lines), null);
    }

    /** {@code minimum}, or wider when the longest line needs it (wide characters count double). */
    static double fit(double minimum, List<String> lines) {
        double widest = 0;
        for (String line : lines) {
            double w = line.codePoints().mapToDouble(c -> Character.isIdeographic(c) || c > 0x2E80 ? 13.5 : 7.5).sum();
            widest = Math.max(widest, w);
        }
        return Math.max(minimum, widest + 20);
    }

    /** An arrow from the right edge of {@code from} to the left edge of {@code to}, at their centres. */
    static SvgShape arrow(SvgShape from, SvgShape to) {
        double x1 = from.x + from.width;
        double y1 = from.y + from.height / 2;
        double x2 = to.x;
        double y2 = to.y + to.height / 2;
        String d = "M" + n(x1) + "," + n(y1) + " C" + n((x1 + x2) / 2) + "," + n(y1) + " " + n((x1 + x2) / 2) + ","
                + n(y2) + " " + n(x2) + "," + n(y2);
        return new SvgShape(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1), null,
                List.of(), d);
    }

    double minX() {
        return x;
    }

    double minY() {
        return y;
    }

    double maxX() {
        return x + width;
    }

    double maxY() {
        return y + height;
    }

    String svg() {
        if (path != null) {
            return "  <path d=\"" + path + "\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>\n";
        }
        StringBuilder s = new StringBuilder("  <g>\n    <rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(width)
                + "\" height=\"" + n(height) + "\" rx=\"" + style.radius + "\" fill=\"" + style.fill + "\" stroke=\""
                + style.stroke + "\" stroke-width=\"1.5\"/>\n");
        double lineHeight = 18;
        double first = y + height / 2 - (lines.size() - 1) * lineHeight / 2 + 4;
        for (int i = 0; i < lines.size(); i++) {
            s.append("    <text x=\"").append(n(x + width / 2)).append("\" y=\"").append(n(first + i * lineHeight))
                    .append("\" text-anchor=\"middle\"").append(i == 0 && lines.size() > 1 ? " font-weight=\"bold\"" : "")
                    .append(">").append(SvgText.escape(lines.get(i))).append("</text>\n");
        }
        return s.append("  </g>\n").toString();
    }

    /** A coordinate with at most two decimals, no exponent. */
    static String n(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
