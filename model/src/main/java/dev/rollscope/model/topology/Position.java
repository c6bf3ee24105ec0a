package dev.rollscope.model.topology;

/** Where a node sits on the designer's canvas, in canvas units. */
public record Position(double x, double y) {

    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a position must be finite, not (" + x + ", " + y + ")");
        }
    }
}
