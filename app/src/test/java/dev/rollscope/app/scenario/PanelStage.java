package dev.rollscope.app.scenario;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Subscriptions;
import dev.rollscope.app.playback.Examples;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

/** A scenario panel on abcd-defaults' "roll C", in a scroll pane 520 wide, shown on a test's stage. */
final class PanelStage {

    private PanelStage() {
    }

    /** Shows the panel in {@code locale}, {@code height} tall, and returns the document it edits. */
    static Document show(Stage stage, Locale locale, double height) {
        Document document = new Document(Examples.project("abcd-defaults.json"));
        StringProperty scenario = new SimpleStringProperty("roll C");
        ScenarioPanel panel = new ScenarioPanel(new ScenarioEditor(document, scenario, locale), scenario, new Subscriptions());
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 520, height));
        stage.show();
        return document;
    }
}
