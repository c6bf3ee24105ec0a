package dev.rollscope.app.canvas;

import dev.rollscope.app.theme.StyleClasses;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A hop's instances as a grid of small squares, ten to a row: outlined for the old version,
 * filled for the new. Squares are reused, so showing a new mix touches only what changed.
 */
final class InstanceGrid extends Region {

    static final int COLUMNS = 10;
    private static final double CELL = 9;
    private static final double PITCH = 12.5;

    private final List<Rectangle> cells = new ArrayList<>();
    private InstanceMix shown;

    void show(InstanceMix mix) {
        if (mix.equals(shown)) {
            return;
        }
        shown = mix;
        resizeTo(mix.total());
        for (int i = 0; i < cells.size(); i++) {
            String style = i < mix.oldCount() ? StyleClasses.INSTANCE_OLD : StyleClasses.INSTANCE_NEW;
            Rectangle r = cells.get(i);
            if (!r.getStyleClass().contains(style)) {
                r.getStyleClass().setAll(style);
            }
        }
        requestLayout();
    }

    /** The number of squares of each version shown, for tests: {old, new}. */
    int[] counts() {
        int old = (int) cells.stream().filter(r -> r.getStyleClass().contains(StyleClasses.INSTANCE_OLD)).count();
        return new int[] {old, cells.size() - old};
    }

    private void resizeTo(int n) {
        while (cells.size() < n) {
            int i = cells.size();
            Rectangle r = new Rectangle(CELL, CELL);
            r.setArcWidth(3);
            r.setArcHeight(3);
            r.setX(i % COLUMNS * PITCH + 0.5);
            r.setY(i / COLUMNS * PITCH + 0.5);
            cells.add(r);
            getChildren().add(r);
        }
        while (cells.size() > n) {
            getChildren().remove(cells.remove(cells.size() - 1));
        }
    }

    private int rows() {
        return (cells.size() + COLUMNS - 1) / COLUMNS;
    }

    @Override
    protected double computePrefWidth(double height) {
        return COLUMNS * PITCH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return rows() * PITCH;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
