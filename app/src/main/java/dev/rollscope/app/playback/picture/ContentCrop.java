package dev.rollscope.app.playback.picture;

import javafx.geometry.Rectangle2D;

/** The part of a picture that differs from its background, with a margin: a drawing cropped to its content. */
final class ContentCrop {

    private ContentCrop() {
    }

    /**
     * The smallest rectangle holding every pixel of {@code argb} (width {@code w}) that is not
     * {@code background}, grown by {@code margin} within the picture; the whole picture when it is empty.
     */
    static Rectangle2D of(int[] argb, int w, int background, int margin) {
        int h = argb.length / w;
        int left = w;
        int right = -1;
        int top = h;
        int bottom = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (argb[y * w + x] != background) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        if (right < 0) {
            return new Rectangle2D(0, 0, w, h);
        }
        int x0 = Math.max(0, left - margin);
        int y0 = Math.max(0, top - margin);
        return new Rectangle2D(x0, y0, Math.min(w - 1, right + margin) - x0 + 1, Math.min(h - 1, bottom + margin) - y0 + 1);
    }
}
