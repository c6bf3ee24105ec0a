package dev.rollscope.app.theme;

import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.HopKind;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/**
 * Rollscope's icons, drawn as stroked SVG paths on a 24-unit grid (our own drawings, no image
 * files), coloured by the {@link StyleClasses#ICON} rule so they follow the theme.
 */
public final class Icons {

    private static final double GRID = 24;

    private Icons() {
    }

    /** The icon of a hop kind, {@code size} pixels square. */
    public static Node hop(HopKind kind, double size) {
        return icon(switch (kind) {
            // three stacked layers: an HTTP-aware proxy
            case NGINX_L7 -> "M12 3 L21 7.5 L12 12 L3 7.5 Z M3 12 L12 16.5 L21 12 M3 16.5 L12 21 L21 16.5";
            // bytes passing both ways: a stream proxy
            case NGINX_L4 -> "M3 8 H20 M16 4 L20 8 L16 12 M21 16 H4 M8 12 L4 16 L8 20";
            // a gateway arch
            case KONG -> "M3 21 V9 L12 3 L21 9 V21 M7.5 21 V13.5 H16.5 V21 M3 21 H21";
            // a cube: the application
            case APP_RUNTIME -> "M12 2.5 L20.5 7 V17 L12 21.5 L3.5 17 V7 Z M3.5 7 L12 11.5 L20.5 7 M12 11.5 V21.5";
            // two server blades
            case GENERIC_L7 -> "M4 4 H20 V10.5 H4 Z M4 13.5 H20 V20 H4 Z M7.5 7.25 H9 M7.5 16.75 H9";
            // a pipe through a box
            case GENERIC_L4 -> "M2.5 12 H8 M16 12 H21.5 M8 6.5 H16 V17.5 H8 Z M18.5 9 L21.5 12 L18.5 15";
        }, size);
    }

    /** The icon of a load balancer kind. */
    public static Node front(FrontKind kind, double size) {
        return icon(switch (kind) {
            // a globe: the internet-facing GFE
            case GCP_EXTERNAL_ALB -> "M12 2.5 A9.5 9.5 0 1 0 12.01 2.5 Z M2.5 12 H21.5 "
                    + "M12 2.5 C7.5 7 7.5 17 12 21.5 M12 2.5 C16.5 7 16.5 17 12 21.5";
            // one flow forked to three backends
            case GCP_INTERNAL_TCP_LB -> "M2.5 12 H9 M9 12 L15 5.5 H21.5 M9 12 H21.5 M9 12 L15 18.5 H21.5";
            // a hexagon with a hub: a cluster Service
            case K8S_SERVICE -> "M12 2.5 L20.5 7.25 V16.75 L12 21.5 L3.5 16.75 V7.25 Z "
                    + "M12 9 A3 3 0 1 0 12.01 9 Z M12 2.5 V9 M12 15 V21.5";
            // a fan from one point: Kong's own balancer
            case KONG_UPSTREAM -> "M4 12 L20 4.5 M4 12 H20 M4 12 L20 19.5 M4 10 A2 2 0 1 0 4.01 10 Z";
        }, size);
    }

    /** A monitor: the client. */
    public static Node client(double size) {
        return icon("M3 4 H21 V16 H3 Z M8.5 20.5 H15.5 M12 16 V20.5", size);
    }

    /** A counter-clockwise arrow: reset to default. */
    public static Node reset(double size) {
        return icon("M4.5 12 A7.5 7.5 0 1 0 7 6.4 M4 3 V7.5 H8.5", size);
    }

    /** Curved arrows: undo (back) and redo (forward). */
    public static Node undo(double size) {
        return icon("M9 14 L4 9 L9 4 M4 9 H14.5 A5.5 5.5 0 0 1 14.5 20 H11", size);
    }

    public static Node redo(double size) {
        return icon("M15 14 L20 9 L15 4 M20 9 H9.5 A5.5 5.5 0 0 0 9.5 20 H13", size);
    }

    /** Magnifier with plus, with minus, and a frame: zoom in, out, fit. */
    public static Node zoomIn(double size) {
        return icon("M10.5 3.5 A7 7 0 1 0 10.51 3.5 Z M15.5 15.5 L21 21 M7.5 10.5 H13.5 M10.5 7.5 V13.5", size);
    }

    public static Node zoomOut(double size) {
        return icon("M10.5 3.5 A7 7 0 1 0 10.51 3.5 Z M15.5 15.5 L21 21 M7.5 10.5 H13.5", size);
    }

    public static Node fit(double size) {
        return icon("M3 8 V3 H8 M16 3 H21 V8 M21 16 V21 H16 M8 21 H3 V16 M8 8 H16 V16 H8 Z", size);
    }

    /** A bin: delete. Arrows: move earlier, later. */
    public static Node delete(double size) {
        return icon("M4 6.5 H20 M9.5 6.5 V4 H14.5 V6.5 M6 6.5 L7 20.5 H17 L18 6.5 M10 10.5 V17 M14 10.5 V17", size);
    }

    public static Node moveLeft(double size) {
        return icon("M20 12 H4 M10 6 L4 12 L10 18", size);
    }

    public static Node moveRight(double size) {
        return icon("M4 12 H20 M14 6 L20 12 L14 18", size);
    }

    /** A page with a folded corner: new document. A folder: open. A disk: save. */
    public static Node newFile(double size) {
        return icon("M6 2.5 H14 L19 7.5 V21.5 H6 Z M14 2.5 V7.5 H19 M9.5 14 H15.5 M12.5 11 V17", size);
    }

    public static Node open(double size) {
        return icon("M3 6 V19.5 H19 L21.5 10.5 H7 L4.5 19.5 M3 6 H9 L11 8 H18.5 V10.5", size);
    }

    public static Node save(double size) {
        return icon("M4 4 H17 L20 7 V20 H4 Z M8 4 V9 H15 V4 M7.5 20 V14 H16.5 V20", size);
    }

    /** Circling arrows: simulate again. */
    public static Node rerun(double size) {
        return icon("M19.5 12 A7.5 7.5 0 1 1 17 6.4 M20 3 V7.5 H15.5", size);
    }

    /** A crescent: the dark theme toggle. */
    public static Node theme(double size) {
        return icon("M20 14.5 A8.5 8.5 0 1 1 9.5 4 A6.5 6.5 0 0 0 20 14.5 Z", size);
    }

    private static Node icon(String path, double size) {
        SVGPath svg = new SVGPath();
        svg.setContent(path);
        svg.getStyleClass().add(StyleClasses.ICON);
        svg.setScaleX(size / GRID);
        svg.setScaleY(size / GRID);
        Group g = new Group(svg);
        g.setMouseTransparent(true);
        return g;
    }
}
