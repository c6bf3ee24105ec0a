package dev.rollscope.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEvent;
import javafx.scene.web.WebView;

/**
 * The Mermaid diagram rendered inside the app: a WebView running the mermaid.min.js that the build
 * copies from tools/mermaid's pinned package (docs/decisions/export-diagram-preview.md), offline.
 * {@link #show} renders a diagram's text; {@link #svgProperty()} holds the SVG Mermaid made of the
 * latest text (empty while it renders or when it failed, then {@link #problemProperty()} says why);
 * {@link #png} draws that SVG at a scale. Use on the FX thread.
 */
public final class DiagramPreview extends StackPane {

    static final String ID = "export-diagram";
    static final String ACTUAL_SIZE_ID = "export-diagram-actual";
    private static final String SCRIPT = "/dev/rollscope/app/export/mermaid.min.js";
    private static final String PAGE = "/dev/rollscope/app/export/diagram-preview.html";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebView view = new WebView();
    private final Map<Integer, Consumer<JsonNode>> waiting = new HashMap<>();
    private final ReadOnlyStringWrapper svg = new ReadOnlyStringWrapper(this, "svg", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean loaded;
    private String pending;
    private int last;
    private boolean actualSize;

    public DiagramPreview() {
        setId(ID);
        getChildren().add(view);
        view.getEngine().setOnAlert(this::reply);
        view.getEngine().getLoadWorker().stateProperty().addListener((o, a, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                loaded = true;
                if (pending != null) {
                    show(pending);
                }
            }
        });
        String page = page();
        if (page != null) {
            view.getEngine().loadContent(page);
        }
    }

    /** Where mermaid.min.js is missing (a build without tools/mermaid's node_modules), says so and renders nothing. */
    private String page() {
        try (InputStream script = DiagramPreview.class.getResourceAsStream(SCRIPT);
             InputStream html = DiagramPreview.class.getResourceAsStream(PAGE)) {
            if (script == null || html == null) {
                problem.set("mermaid.min.js is not bundled in this build (run npm ci in tools/mermaid and rebuild)");
                return null;
            }
            String mermaid = new String(script.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
            return new String(html.readAllBytes(), StandardCharsets.UTF_8).replace("/*MERMAID*/", mermaid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Properties

    /** The SVG of the latest diagram, or empty. */
    public ReadOnlyStringProperty svgProperty() {
        return svg.getReadOnlyProperty();
    }

    /** Why the latest diagram could not be rendered, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // Commands

    /** Renders {@code mermaidText}; the SVG arrives in {@link #svgProperty()}. */
    public void show(String mermaidText) {
        svg.set("");
        if (!loaded) {
            pending = mermaidText;
            return;
        }
        pending = null;
        int id = ++last;
        waiting.put(id, reply -> {
            if (id == last) {
                applySize();
                svg.set(reply.path("svg").asText(""));
                problem.set(reply.path("error").asText(""));
            }
        });
        call("show", mermaidText, id);
    }

    /**
     * This preview under a toggle that shows the diagram at its actual size (the view scrolls)
     * instead of fitted to the view's width, which makes a long diagram's text too small to read.
     */
    public Node withSizeToggle(String label, String tooltip) {
        ToggleButton actual = new ToggleButton(label);
        actual.setId(ACTUAL_SIZE_ID);
        actual.setTooltip(new Tooltip(tooltip));
        actual.selectedProperty().addListener((o, a, on) -> {
            actualSize = on;
            applySize();
        });
        StackPane.setAlignment(actual, Pos.TOP_RIGHT);
        StackPane.setMargin(actual, new Insets(6));
        getChildren().add(actual);
        return this;
    }

    private void applySize() {
        if (loaded) {
            view.getEngine().executeScript("actualSize(" + actualSize + ")");
        }
    }

    /** The rendered diagram as a PNG, {@code scale} pixels per SVG unit; fails when nothing is rendered. */
    public CompletableFuture<byte[]> png(double scale) {
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        int id = ++last;
        waiting.put(id, reply -> {
            String url = reply.path("png").asText("");
            if (url.startsWith("data:image/png;base64,")) {
                done.complete(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)));
            } else {
                done.completeExceptionally(new IOException(reply.path("error").asText("no PNG")));
            }
        });
        view.getEngine().executeScript("png(" + id + ", " + scale + ")");
        return done;
    }

    private void call(String function, String text, int id) {
        try {
            view.getEngine().executeScript(function + "(" + JSON.writeValueAsString(text) + ", " + id + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void reply(WebEvent<String> event) {
        try {
            JsonNode reply = JSON.readTree(event.getData());
            Consumer<JsonNode> handler = waiting.remove(reply.path("id").asInt(-1));
            if (handler != null) {
                handler.accept(reply);
            }
        } catch (IOException e) {
            problem.set(e.getMessage());
        }
    }
}
