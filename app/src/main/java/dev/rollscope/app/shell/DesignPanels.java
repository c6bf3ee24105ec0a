package dev.rollscope.app.shell;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.preferences.UserPreferences;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The design panels (palette, inspector, findings) beside the centre tabs: shown on the Design tab,
 * folded away on the others (the Play tab's stage gets the whole window) unless the user wants them
 * everywhere, which is remembered. Folding keeps the split positions for when they come back.
 */
final class DesignPanels {

    private static final String SIDES = "sides";
    private static final String VERTICAL = "vertical";

    private final SplitPane sides;
    private final SplitPane vertical;
    private final List<Node> sideItems;
    private final List<Node> verticalItems;
    private final BooleanProperty everywhere = new SimpleBooleanProperty(this, "everywhere");
    private double[] sidePositions = new double[0];
    private double[] verticalPositions = new double[0];
    private boolean folded;

    DesignPanels(SplitPane sides, SplitPane vertical, UserPreferences preferences) {
        this.sides = sides;
        this.vertical = vertical;
        this.sideItems = List.copyOf(sides.getItems());
        this.verticalItems = List.copyOf(vertical.getItems());
        everywhere.set(preferences.designPanelsEverywhere());
        everywhere.addListener((obs, old, now) -> preferences.setDesignPanelsEverywhere(now));
    }

    /** Folds the panels whenever a tab other than {@code design} is selected (and not wanted everywhere). */
    void follow(TabPane centre, Tab design) {
        Runnable apply = () -> fold(!everywhere.get() && centre.getSelectionModel().getSelectedItem() != design);
        centre.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> apply.run());
        everywhere.addListener((obs, old, now) -> apply.run());
        apply.run();
    }

    /** The panels and the centre tabs, to put in the window. */
    Node view() {
        return vertical;
    }

    /** View → "Show the design panels on every tab": the preference as a check item. */
    CheckMenuItem everywhereItem(Messages messages) {
        CheckMenuItem item = new CheckMenuItem(messages.get("menu.view.panels"));
        item.setId("menu-panels-everywhere");
        item.selectedProperty().bindBidirectional(everywhere);
        return item;
    }

    boolean folded() {
        return folded;
    }

    /** Puts the split positions kept in the preferences back (or the defaults). */
    void restoreSplits(UserPreferences preferences) {
        WindowState.restore(sides, SIDES, preferences, 0.135, 0.66);
        WindowState.restore(vertical, VERTICAL, preferences, 0.70);
    }

    /** Keeps the split positions in the preferences, as they are with the panels shown. */
    void saveSplits(UserPreferences preferences) {
        fold(false);
        WindowState.save(sides, SIDES, preferences);
        WindowState.save(vertical, VERTICAL, preferences);
    }

    /** Folds the panels away, leaving only the centre tabs, or puts them back where they were. */
    void fold(boolean fold) {
        if (fold == folded) {
            return;
        }
        folded = fold;
        if (fold) {
            sidePositions = sides.getDividerPositions();
            verticalPositions = vertical.getDividerPositions();
            Node centre = sideItems.get(1);
            sides.getItems().setAll(centre);
            vertical.getItems().setAll(sides);
        } else {
            sides.getItems().setAll(sideItems);
            vertical.getItems().setAll(verticalItems);
            sides.setDividerPositions(sidePositions);
            vertical.setDividerPositions(verticalPositions);
        }
    }
}
