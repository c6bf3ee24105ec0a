package dev.rollscope.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The chosen request's editors in Chinese: labels, prompts and the frame of a refusal. */
@ExtendWith(ApplicationExtension.class)
class RequestDetailsChineseTest {

    @Start
    void start(Stage stage) {
        PanelStage.show(stage, Locale.SIMPLIFIED_CHINESE, 780);
    }

    @Test
    void aRefusedHeaderTimeIsFramedInChinese(FxRobot robot) {
        robot.interact(() -> robot.lookup("#scenario-requests").queryAs(ListView.class).getSelectionModel().select(0));
        assertThat(robot.lookup("#client-upload").queryAs(TextField.class).getPromptText()).isEqualTo("10Mbit/s（客户端的）");

        robot.interact(() -> robot.lookup("#client-header").queryAs(TextField.class).setText("soon"));

        assertThat(robot.lookup("#client-reason").queryAs(Label.class).getText()).startsWith("请求头耗时：“soon”：");
    }
}
