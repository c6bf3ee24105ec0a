package dev.rollscope.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog in a window (headless): its options change the preview, its buttons write files. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    @TempDir
    Path dir;

    private ExportViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Project kong = ProjectFile.read(Path.of("..", "examples", "kong-service-pods.json"));
        model = new ExportViewModel(kong, "GET during pod replacement", null, Locale.ENGLISH);
        ResourceBundle text = ResourceBundle.getBundle("dev.rollscope.app.export.export", Locale.ENGLISH);
        SaveTarget target = (title, extension) -> Optional.of(dir.resolve("out." + extension));
        stage.setScene(new Scene(new ExportDialog(model, text, target, new Rectangle(120, 80, Color.STEELBLUE)),
                1000, 680));
        stage.show();
    }

    private static String preview(FxRobot robot) {
        return robot.lookup("#" + ExportDialog.PREVIEW_ID).queryAs(TextArea.class).getText();
    }

    @Test
    void choosingARequestShowsItsDiagram(FxRobot robot) {
        assertThat(preview(robot)).contains("title Scenario");

        robot.clickOn("#export-request").clickOn("POST-in-flight");

        assertThat(preview(robot)).contains("title Request POST-in-flight", "FAILED 502 at D (D.2) · t=20.0s");
    }

    @Test
    void optionsChangeThePreview(FxRobot robot) {
        robot.clickOn("#export-autonumber").clickOn("#export-lbs");
        robot.clickOn("#export-language").clickOn("Simplified Chinese");

        assertThat(preview(robot)).doesNotContain("autonumber").contains("participant lb_D as Service → D",
                "actor client as 客户端");
    }

    @Test
    void saveButtonsWriteTheFiles(FxRobot robot) throws Exception {
        robot.clickOn("#export-save-mmd").clickOn("#export-save-md").clickOn("#export-save-svg")
                .clickOn("#export-save-png");

        assertThat(Files.readString(dir.resolve("out.mmd"), StandardCharsets.UTF_8)).isEqualTo(preview(robot));
        assertThat(Files.readString(dir.resolve("out.md"), StandardCharsets.UTF_8)).contains("```mermaid");
        assertThat(Files.readString(dir.resolve("out.svg"), StandardCharsets.UTF_8)).contains("<svg");
        byte[] png = Files.readAllBytes(dir.resolve("out.png"));
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void escapeClosesTheDialog(FxRobot robot) {
        Window window = robot.lookup("#" + ExportDialog.PREVIEW_ID).query().getScene().getWindow();
        robot.clickOn("#export-autonumber");

        robot.type(KeyCode.ESCAPE);

        assertThat(window.isShowing()).isFalse();
    }

    @Test
    void closeButtonClosesTheDialog(FxRobot robot) {
        Window window = robot.lookup("#" + ExportDialog.PREVIEW_ID).query().getScene().getWindow();

        robot.clickOn("#" + ExportDialog.CLOSE_ID);

        assertThat(window.isShowing()).isFalse();
    }

    @Test
    void theDiagramIsRenderedInsideTheAppAndSavedAsSvgAndPng(FxRobot robot) throws Exception {
        DiagramPreview diagram = robot.lookup("#" + DiagramPreview.ID).queryAs(DiagramPreview.class);
        robot.clickOn("#export-request").clickOn("POST-in-flight");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !svgOf(diagram).isEmpty());

        robot.clickOn("#export-save-diagram-svg").clickOn("#export-save-diagram-png");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("out.png")));

        // Mermaid's own SVG of the request's diagram: its participants and message texts as drawn.
        String svg = Files.readString(dir.resolve("out.svg"), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("aria-roledescription=\"sequence\"", ">Client<",
                ">External ALB → C<", ">C Kong data plane<", ">POST → D.2 · t=19.962s<",
                "connection cut at D.2: process exited at once · t=20.0s");
        BufferedImage png = ImageIO.read(dir.resolve("out.png").toFile());
        assertThat(png.getWidth()).isGreaterThan(600);
        assertThat(png.getHeight()).isGreaterThan(400);
    }

    @Test
    void theRenderedSvgShowsWhatTheMermaidParserReadsEveryParticipantAndEveryMessage(FxRobot robot) throws Exception {
        DiagramPreview diagram = robot.lookup("#" + DiagramPreview.ID).queryAs(DiagramPreview.class);
        robot.clickOn("#export-request").clickOn("GET-after");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !svgOf(diagram).isEmpty()
                && svgOf(diagram).contains("GET-after"));
        String svgText = textOf(svgOf(diagram));

        // tools/mermaid/validate.mjs: the participants and messages as Mermaid's parser reads the same text.
        Process node = new ProcessBuilder("node", "../tools/mermaid/validate.mjs", "-").redirectErrorStream(false).start();
        try (var in = node.getOutputStream()) {
            in.write(preview(robot).getBytes(StandardCharsets.UTF_8));
        }
        JsonNode parsed = new ObjectMapper().readTree(node.getInputStream()).path("results").path(0);
        assertThat(node.waitFor()).isZero();
        List<String> expected = new ArrayList<>();
        parsed.path("participants").forEach(p -> expected.addAll(List.of(p.path("label").asText().split("\n"))));
        parsed.path("messages").forEach(m -> {
            if (List.of("SOLID", "DOTTED", "SOLID_CROSS", "DOTTED_CROSS", "NOTE").contains(m.path("type").asText())) {
                expected.addAll(List.of(m.path("text").asText().split("\n")));
            }
        });

        assertThat(expected).hasSizeGreaterThan(20).allSatisfy(line -> assertThat(svgText).contains(line.strip()));
    }

    /**
     * The app's rendering is mermaid-cli's: each request's diagram as the dialog draws it and as
     * {@code mmdc} draws the same text in Chromium (tools/mermaid-render, the pinned mermaid 11.17.2
     * both) have the same texts (participants, messages, notes, activations' labels) in the same order.
     */
    @Test
    void theAppDrawsEachDiagramWithTheSameTextsAsMermaidCli(FxRobot robot) throws Exception {
        DiagramPreview diagram = robot.lookup("#" + DiagramPreview.ID).queryAs(DiagramPreview.class);
        Path app = Files.createDirectories(dir.resolve("app"));
        List<String> requests = List.of("GET-in-flight", "POST-in-flight", "GET-after");
        for (String request : requests) {
            robot.clickOn("#export-request").clickOn(request);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> svgOf(diagram).contains(request)
                    && preview(robot).contains(request));
            Files.writeString(app.resolve(request + ".mmd"), preview(robot), StandardCharsets.UTF_8);
            Files.writeString(app.resolve(request + ".svg"), svgOf(diagram), StandardCharsets.UTF_8);
        }

        Path mmdc = dir.resolve("mmdc");
        Process render = new ProcessBuilder("sh", "../tools/mermaid-render/render.sh", app.toString(), mmdc.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("render.log").toFile()).start();
        assertThat(render.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue()).as(Files.readString(dir.resolve("render.log"))).isZero();

        for (String request : requests) {
            List<String> drawn = drawnTexts(Files.readString(app.resolve(request + ".svg"), StandardCharsets.UTF_8));
            List<String> byMmdc = drawnTexts(Files.readString(mmdc.resolve(request + ".svg"), StandardCharsets.UTF_8));
            assertThat(drawn).as(request).hasSizeGreaterThan(15).containsExactlyElementsOf(byMmdc);
        }
    }

    /** At the test's 1000 px, the buttons wrap rather than shrink: each is at least as wide as its label needs. */
    @Test
    void everyButtonShowsItsWholeLabelInANarrowWindow(FxRobot robot) {
        javafx.scene.layout.FlowPane actions = robot.lookup("#" + ExportDialog.ACTIONS_ID)
                .queryAs(javafx.scene.layout.FlowPane.class);

        assertThat(actions.getChildren().filtered(n -> n instanceof javafx.scene.control.Button))
                .hasSize(7).allSatisfy(n -> assertThat(((javafx.scene.control.Button) n).getWidth())
                        .isGreaterThanOrEqualTo(((javafx.scene.control.Button) n).prefWidth(-1) - 0.5));
        assertThat(actions.getHeight()).as("two rows").isGreaterThan(actions.getChildren().get(0).getBoundsInLocal()
                .getHeight() * 1.5);
    }

    /** The diagram fits the view's width; "Actual size" draws it at its viewBox width, and off again fits it. */
    @Test
    void actualSizeShowsTheDiagramAtItsOwnWidth(FxRobot robot) throws Exception {
        DiagramPreview diagram = robot.lookup("#" + DiagramPreview.ID).queryAs(DiagramPreview.class);
        robot.clickOn("#export-request").clickOn("POST-in-flight");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> svgOf(diagram).contains("POST-in-flight"));
        javafx.scene.web.WebView web = robot.lookup(".web-view").queryAs(javafx.scene.web.WebView.class);
        String width = "document.querySelector('#out svg').getAttribute('width')";
        String own = "String(document.querySelector('#out svg').viewBox.baseVal.width)";

        assertThat(WaitForAsyncUtils.asyncFx(() -> web.getEngine().executeScript(width)).get()).isEqualTo("100%");
        robot.clickOn("#" + DiagramPreview.ACTUAL_SIZE_ID);
        assertThat(WaitForAsyncUtils.asyncFx(() -> web.getEngine().executeScript(width)).get())
                .isEqualTo(WaitForAsyncUtils.asyncFx(() -> web.getEngine().executeScript(own)).get());
        robot.clickOn("#" + DiagramPreview.ACTUAL_SIZE_ID);
        assertThat(WaitForAsyncUtils.asyncFx(() -> web.getEngine().executeScript(width)).get()).isEqualTo("100%");
    }

    /** The texts an SVG draws, in order: its text content without its style sheet (named after the diagram's id). */
    private static List<String> drawnTexts(String svg) {
        return textOf(svg.replaceAll("(?s)<style>.*?</style>", "")).lines().toList();
    }

    /** The text content of an SVG: what lies between its tags, entities decoded. */
    private static String textOf(String svg) {
        StringBuilder text = new StringBuilder();
        Matcher m = Pattern.compile(">([^<]+)<").matcher(svg);
        while (m.find()) {
            text.append(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&amp;", "&")).append('\n');
        }
        return text.toString();
    }

    private static String svgOf(DiagramPreview diagram) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> diagram.svgProperty().get()).get();
    }
}
