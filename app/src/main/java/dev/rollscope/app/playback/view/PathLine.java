package dev.rollscope.app.playback.view;

import dev.rollscope.app.playback.state.RequestPath;

/** One connection of a request's path as drawn, in drawing units: from (x1, y1) to (x2, y2). */
public record PathLine(int request, RequestPath.Link state, double x1, double y1, double x2, double y2) {
}
