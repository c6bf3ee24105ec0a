package dev.rollscope.app.shell;

import dev.rollscope.app.about.BundledLicences;
import dev.rollscope.app.i18n.Messages;
import java.util.List;
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
        List<String> lines = BundledLicences.lines();
        TextArea licences = new TextArea(String.join("\n", lines));
        licences.setId("about-licences");
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount(2 * lines.size());
        VBox box = new VBox(8, what, new Label(m.get("about.licences")), licences);
        box.setMaxWidth(680);
        return box;
    }
}
