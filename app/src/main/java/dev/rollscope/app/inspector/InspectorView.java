package dev.rollscope.app.inspector;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.StyleClasses;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Accordion;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * The inspector: the selected hop's heading and a ControlsFX {@link PropertySheet} of
 * {@link InspectorItem}s grouped as Hop, Load balancer, Proxy timeouts and buffering, Lifecycle,
 * Rollout, with our own typed editors. With nothing selected it says how to select a hop.
 *
 * <p>Validation decorations need a ControlsFX decoration pane: on the first refusal ControlsFX
 * wraps the scene's root in one, as it does for any {@link ValidationSupport}.
 */
public final class InspectorView extends VBox {

    private final InspectorModel model;
    private final Messages messages;
    private final PropertySheet sheet = new PropertySheet();
    private final Label heading = new Label();
    private final Label empty = new Label();
    private final TextField search = new TextField();
    private ValidationSupport validation = newValidation();
    private boolean rebuildPending;

    public InspectorView(InspectorModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        createView();
        initListeners();
    }

    private void createView() {
        setId("inspector");
        getStyleClass().add(StyleClasses.INSPECTOR);
        heading.getStyleClass().add(StyleClasses.HEADING);
        empty.setText(messages.get("inspector.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(StyleClasses.MUTED);
        empty.setPadding(new javafx.geometry.Insets(12));
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        search.setId("inspector-search");
        search.setPromptText(messages.get("inspector.search.prompt"));
        search.visibleProperty().bind(sheet.visibleProperty());
        search.managedProperty().bind(sheet.visibleProperty());
        search.textProperty().addListener((obs, old, now) -> showItems());
        List<String> order = model.categoryOrder();
        sheet.setCategoryComparator(Comparator.comparingInt(order::indexOf));
        sheet.setPropertyEditorFactory(item -> editorFor(((InspectorItem) item).model()));
        VBox.setVgrow(sheet, Priority.ALWAYS);
        getChildren().addAll(heading, search, empty, sheet);
    }

    private void initListeners() {
        heading.textProperty().bind(model.headingProperty());
        heading.visibleProperty().bind(model.headingProperty().isNotEmpty());
        heading.managedProperty().bind(heading.visibleProperty());
        model.items().addListener((ListChangeListener<ItemModel>) c -> showItemsLater());
        model.selectedItemProperty().addListener((obs, old, now) -> {
            if (!rebuildPending) {
                reveal(now);
            }
        });
        showItems();
    }

    /** Expands the group of a row and puts the focus in its editor. */
    private void reveal(ItemModel item) {
        if (item == null || getScene() == null) {
            return;
        }
        sheet.applyCss();
        sheet.layout();
        Accordion groups = (Accordion) sheet.lookup(".accordion");
        if (groups != null) {
            expandOnly(groups, item.text().category());
        }
        sheet.layout();
        Node editor = sheet.lookup("#" + ItemEditor.controlId(item));
        if (editor != null) {
            scrollTo(editor);
            if (!editor.isFocused()) {
                editor.requestFocus();
            }
        }
    }

    /** Expands one group of the sheet's accordion (the accordion collapses the others). */
    private static void expandOnly(Accordion groups, String category) {
        groups.getPanes().stream().filter(p -> p.getText().equals(category)).findFirst()
                .ifPresent(groups::setExpandedPane);
    }

    private void scrollTo(Node editor) {
        ScrollPane scroll = (ScrollPane) sheet.lookup(".scroll-pane");
        Node content = scroll == null ? null : scroll.getContent();
        if (content == null) {
            return;
        }
        Bounds at = content.sceneToLocal(editor.localToScene(editor.getLayoutBounds()));
        double view = scroll.getViewportBounds().getHeight();
        double room = content.getLayoutBounds().getHeight() - view;
        double top = scroll.getVvalue() * Math.max(0, room);
        if (room > 0 && (at.getMinY() < top || at.getMaxY() > top + view)) {
            scroll.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - view / 3) / room)));
        }
    }

    /**
     * Rebuilds the sheet after the next layout pulse: an edit that selects another hop (an
     * insertion) reaches the canvas in that pulse, and the sheet, the slower part, follows.
     */
    private void showItemsLater() {
        Scene scene = getScene();
        if (scene == null) {
            showItems();
            return;
        }
        if (rebuildPending) {
            return;
        }
        rebuildPending = true;
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> {
                rebuildPending = false;
                showItems();
                reveal(model.selectedItemProperty().get());
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void showItems() {
        boolean none = model.items().isEmpty();
        empty.setVisible(none);
        empty.setManaged(none);
        sheet.setVisible(!none);
        validation = newValidation();
        sheet.getItems().setAll(model.items().stream().filter(m -> model.matches(m, search.getText()))
                .map(m -> new InspectorItem(m, messages)).collect(Collectors.toList()));

    }

    private PropertyEditor<?> editorFor(ItemModel item) {
        ItemEditor<?> editor = switch (item.text().editorKind()) {
            case TEXT -> new TextItemEditor(item, validation, messages);
            case FLAG -> new FlagItemEditor(item, validation, messages);
            case CHOICE -> new ChoiceItemEditor(item, validation, messages);
        };
        editor.control.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                model.select(item);
            }
        });
        return OriginLine.wrap(editor, item.id(), model.origin(item), messages);
    }

    private static ValidationSupport newValidation() {
        ValidationSupport v = new ValidationSupport();
        v.setValidationDecorator(new CompoundValidationDecoration(new GraphicValidationDecoration(),
                new StyleClassValidationDecoration()));
        return v;
    }
}
