package dev.rollscope.app.playback.picture;

import static dev.rollscope.app.playback.picture.SvgValues.colour;
import static dev.rollscope.app.playback.picture.SvgValues.family;
import static dev.rollscope.app.playback.picture.SvgValues.number;
import static dev.rollscope.app.playback.picture.SvgValues.opacity;
import static dev.rollscope.app.playback.picture.SvgValues.width;

import dev.rollscope.app.playback.view.Pen;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A {@link Pen} that writes what is drawn as SVG elements: shapes as shapes and text as text (so a
 * picture's hop names and statuses can be searched, copied and translated). The transform (a
 * translation and a uniform scale, all the painters use) is applied to the coordinates.
 */
final class SvgPen implements Pen {

    /** The attributes that save and restore keep. */
    private static final class State implements Cloneable {
        Color fill = Color.BLACK;
        Color stroke = Color.BLACK;
        double lineWidth = 1;
        double[] dashes;
        Font font = Font.getDefault();
        TextAlignment align = TextAlignment.LEFT;
        VPos baseline = VPos.BASELINE;
        double tx;
        double ty;
        double scale = 1;

        @Override
        public State clone() {
            try {
                return (State) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private final StringBuilder body = new StringBuilder();
    private final Deque<State> saved = new ArrayDeque<>();
    private State s = new State();

    /** The SVG document of what was drawn, showing the part {@code view} of the drawing. */
    String document(Rectangle2D view) {
        String w = number(view.getWidth());
        String h = number(view.getHeight());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\""
                + number(view.getMinX()) + " " + number(view.getMinY()) + " " + w + " " + h + "\" width=\"" + w
                + "\" height=\"" + h + "\">\n<g stroke-linecap=\"square\" stroke-miterlimit=\"10\">\n"
                + body + "</g>\n</svg>\n";
    }

    @Override
    public void save() {
        saved.push(s.clone());
    }

    @Override
    public void restore() {
        if (!saved.isEmpty()) {
            s = saved.pop();
        }
    }

    @Override
    public void translate(double x, double y) {
        s.tx += s.scale * x;
        s.ty += s.scale * y;
    }

    @Override
    public void scale(double x, double y) {
        s.scale *= x;
    }

    @Override
    public void setFill(Color c) {
        s.fill = c;
    }

    @Override
    public void setStroke(Color c) {
        s.stroke = c;
    }

    @Override
    public void setLineWidth(double w) {
        s.lineWidth = w;
    }

    @Override
    public void setLineDashes(double... dashes) {
        s.dashes = dashes == null || dashes.length == 0 ? null : dashes.clone();
    }

    @Override
    public void setFont(Font f) {
        s.font = f;
    }

    @Override
    public void setTextAlign(TextAlignment a) {
        s.align = a;
    }

    @Override
    public void setTextBaseline(VPos b) {
        s.baseline = b;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, 0, fill());
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        rect(x, y, w, h, arcWidth, arcHeight, fill());
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        rect(x, y, w, h, arcWidth, arcHeight, stroke());
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        oval(x, y, w, h, fill());
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        oval(x, y, w, h, stroke());
    }

    @Override
    public void strokeArc(double x, double y, double w, double h, double startAngle, double arcExtent,
                          ArcType closure) {
        if (Math.abs(arcExtent) >= 360) {
            strokeOval(x, y, w, h);
            return;
        }
        double cx = x + w / 2;
        double cy = y + h / 2;
        double a0 = Math.toRadians(startAngle);
        double a1 = Math.toRadians(startAngle + arcExtent);
        String d = "M" + px(cx + w / 2 * Math.cos(a0)) + "," + py(cy - h / 2 * Math.sin(a0))
                + " A" + len(w / 2) + "," + len(h / 2) + " 0 " + (Math.abs(arcExtent) > 180 ? 1 : 0) + ","
                + (arcExtent < 0 ? 1 : 0) + " " + px(cx + w / 2 * Math.cos(a1)) + "," + py(cy - h / 2 * Math.sin(a1))
                + switch (closure) {
                    case OPEN -> "";
                    case CHORD -> " Z";
                    case ROUND -> " L" + px(cx) + "," + py(cy) + " Z";
                };
        body.append("<path d=\"").append(d).append('"').append(stroke()).append("/>\n");
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        body.append("<line x1=\"").append(px(x1)).append("\" y1=\"").append(py(y1)).append("\" x2=\"")
                .append(px(x2)).append("\" y2=\"").append(py(y2)).append('"').append(stroke()).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        poly("polygon", xs, ys, n, fill());
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        poly("polygon", xs, ys, n, stroke());
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        poly("polyline", xs, ys, n, stroke());
    }

    @Override
    public void fillText(String text, double x, double y) {
        fillText(text, x, y, 0);
    }

    /** Text wider than {@code maxWidth} (when positive) is squeezed to it, as on the canvas. */
    @Override
    public void fillText(String text, double x, double y, double maxWidth) {
        if (text.isEmpty()) {
            return;
        }
        Font f = s.font;
        body.append("<text x=\"").append(px(x)).append("\" y=\"").append(py(y)).append("\" font-family=\"")
                .append(family(f)).append("\" font-size=\"").append(len(f.getSize())).append('"');
        if (f.getStyle().toLowerCase(Locale.ROOT).contains("bold")) {
            body.append(" font-weight=\"bold\"");
        }
        body.append(" text-anchor=\"").append(switch (s.align) {
            case LEFT, JUSTIFY -> "start";
            case CENTER -> "middle";
            case RIGHT -> "end";
        }).append("\" dominant-baseline=\"").append(switch (s.baseline) {
            case TOP -> "text-before-edge";
            case CENTER -> "central";
            case BASELINE -> "alphabetic";
            case BOTTOM -> "text-after-edge";
        }).append('"');
        if (maxWidth > 0 && width(text, f) > maxWidth) {
            body.append(" textLength=\"").append(len(maxWidth)).append("\" lengthAdjust=\"spacingAndGlyphs\"");
        }
        body.append(fill()).append('>').append(escape(text)).append("</text>\n");
    }

    private void rect(double x, double y, double w, double h, double arcWidth, double arcHeight, String paint) {
        body.append("<rect x=\"").append(px(x)).append("\" y=\"").append(py(y)).append("\" width=\"").append(len(w))
                .append("\" height=\"").append(len(h)).append('"');
        if (arcWidth > 0 || arcHeight > 0) {
            body.append(" rx=\"").append(len(arcWidth / 2)).append("\" ry=\"").append(len(arcHeight / 2)).append('"');
        }
        body.append(paint).append("/>\n");
    }

    private void oval(double x, double y, double w, double h, String paint) {
        body.append("<ellipse cx=\"").append(px(x + w / 2)).append("\" cy=\"").append(py(y + h / 2))
                .append("\" rx=\"").append(len(w / 2)).append("\" ry=\"").append(len(h / 2)).append('"')
                .append(paint).append("/>\n");
    }

    private void poly(String element, double[] xs, double[] ys, int n, String paint) {
        body.append('<').append(element).append(" points=\"");
        for (int i = 0; i < n; i++) {
            body.append(i == 0 ? "" : " ").append(px(xs[i])).append(',').append(py(ys[i]));
        }
        body.append('"').append(paint).append("/>\n");
    }

    private String fill() {
        return " fill=\"" + colour(s.fill) + "\"" + opacity("fill-opacity", s.fill);
    }

    private String stroke() {
        StringBuilder out = new StringBuilder(" fill=\"none\" stroke=\"").append(colour(s.stroke)).append('"')
                .append(opacity("stroke-opacity", s.stroke)).append(" stroke-width=\"").append(len(s.lineWidth))
                .append('"');
        if (s.dashes != null) {
            out.append(" stroke-dasharray=\"");
            for (int i = 0; i < s.dashes.length; i++) {
                out.append(i == 0 ? "" : ",").append(len(s.dashes[i]));
            }
            out.append('"');
        }
        return out.toString();
    }

    private String px(double x) {
        return number(s.tx + s.scale * x);
    }

    private String py(double y) {
        return number(s.ty + s.scale * y);
    }

    private String len(double l) {
        return number(s.scale * l);
    }

    /** Text as XML character data or an attribute value; characters XML 1.0 cannot hold are left out. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 && c != 0xfffe && c != 0xffff || c == '\t' || c == '\n' || c == '\r') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
