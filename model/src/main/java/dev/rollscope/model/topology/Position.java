package dev.rollscope.model.topology;

import dev.rollscope.model.i18n.RefusalException;

/** Where a node sits on the designer's canvas, in canvas units. */
public record Position(double x, double y) {

    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw RefusalException.of("position.notFinite", x, y);
        }
    }
}
