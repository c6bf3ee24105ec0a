package dev.rollscope.app.shell;

import dev.rollscope.app.about.BundledLicences;
import dev.rollscope.app.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** The body of Help → About: what Rollscope does, then the bundled libraries with their licences. */
final class AboutContent {

    private AboutContent() {
    }

    static Node create(Messages m) {
        Label what = new Label(m.get("about.content"));
        what.setWrapText(true);
        TextArea licences = new TextArea(String.join("\n", BundledLicences.lines()));
        licences.setId("about-licences");
        licences.setEditable(false);
        licences.setPrefRowCount(9);
        licences.setPrefColumnCount(72);
        VBox box = new VBox(8, what, new Label(m.get("about.licences")), licences);
        box.setMaxWidth(640);
        return box;
    }
}
