package dev.rollscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The check the layout tests lean on: it sees a button squeezed to "Ste…" (or "Ste...") and passes one with room. */
@ExtendWith(ApplicationExtension.class)
class WholeTextsTest {

    private Button squeezed;

    @Start
    void start(Stage stage) {
        squeezed = new Button("Step forward to the next event");
        Button roomy = new Button("Play");
        squeezed.setMaxWidth(60);
        stage.setScene(new Scene(new HBox(squeezed, roomy), 400, 100));
        stage.show();
    }

    @Test
    void findsTheSqueezedButtonOnly(FxRobot robot) {
        assertThat(WholeTexts.cutShort(squeezed.getScene().getRoot())).singleElement()
                .satisfies(s -> assertThat(s).startsWith("Ste").endsWith("(Step forward to the next event)"));
    }
}
