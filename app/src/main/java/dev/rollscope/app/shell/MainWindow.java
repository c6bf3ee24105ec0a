package dev.rollscope.app.shell;

import dev.rollscope.app.canvas.ChainCanvas;
import dev.rollscope.app.desktop.Handoff;
import dev.rollscope.app.desktop.HandoffServer;
import dev.rollscope.app.export.ExportDialog;
import dev.rollscope.app.i18n.AppLanguage;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.preferences.UserPreferences;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.app.theme.Fonts;
import dev.rollscope.app.theme.StyleClasses;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.io.ProjectFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menu bar and tool bar on top; the palette on the left, a tab pane in the
 * centre (its first tab, "Design", holds the canvas) and the inspector on the right; the findings
 * panel below; the status bar at the bottom. Other features add their own centre tab with
 * {@link #addCentreTab(Tab)} and bind to the {@link #workbench()}'s models. On any tab but Design the
 * side and bottom panels fold away ({@link DesignPanels}).
 *
 * <p>The window remembers its bounds, its split positions, the theme and the language; asks
 * before unsaved changes are lost; autosaves to a recovery file and offers it after a crash.
 *
 * <p>View → Language switches at once: the window's views are built again in the new language
 * over the same workbench (its document, undo history, selection and simulations), on the tab that
 * was open, and the parts other features added ({@link #addPart}) are added again.
 */
public final class MainWindow implements ShellCommands {

    private final Stage stage;
    private final ShellSettings settings;
    private final FxDialogs dialogs;
    private final Workbench bench;
    private final Autosave autosave;
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final List<Consumer<MainWindow>> parts = new ArrayList<>();
    private Messages messages;
    private ChainCanvas canvas;
    private ShellActions actions;
    private TabPane centre;
    private BorderPane root;
    private MenuBar menuBar;
    private DesignPanels panels;
    private Scene scene;

    private MainWindow(Stage stage, ShellSettings settings, InitialDocument initial) {
        this.stage = stage;
        this.settings = settings;
        this.messages = Messages.of(settings.locale());
        this.dialogs = new FxDialogs(stage, messages);
        this.bench = new Workbench(initial.project(), initial.name(), messages,
                settings.preferences(), dialogs, SimulationPipeline.newWorker(), Platform::runLater);
        bench.session().recent().alsoTell(settings.desktopRecent());
        if (initial.file() != null) {
            bench.session().showInitialFile(initial.file());
        }
        this.autosave = new Autosave(bench.session(), settings.recovery(),
                error -> Platform.runLater(() -> dialogs.showError(messages.format("autosave.failed", error))));
        this.theme.set(settings.preferences().theme());
        this.root = createView();
    }

    /**
     * Builds the window on {@code stage} with the file named by the first argument, or the bundled
     * example, and shows it; then reports a requested file that could not be read (the example
     * shows instead), offers changes an earlier session left unsaved, and starts autosaving.
     */
    public static MainWindow open(Stage stage, ShellSettings settings, List<String> args) {
        return open(stage, settings, InitialDocument.read(args));
    }

    /** Builds the window on {@code stage} with the document read before, and shows it (as above). */
    static MainWindow open(Stage stage, ShellSettings settings, InitialDocument initial) {
        MainWindow window = new MainWindow(stage, settings, initial);
        window.show();
        Platform.runLater(() -> window.afterShown(initial.error()));
        return window;
    }

    // Properties

    public Workbench workbench() {
        return bench;
    }

    public Scene scene() {
        return scene;
    }

    /** The look of the window (light or dark), for views that draw their own colours. */
    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** The canvas of the Design tab (for exports of the drawing). */
    public ChainCanvas designCanvas() {
        return canvas;
    }

    // Commands

    /**
     * Adds a part of another feature to the window ({@code part} adds its centre tab, its menu
     * items): now, and again each time the window is built anew in another language.
     */
    public void addPart(Consumer<MainWindow> part) {
        parts.add(part);
        part.accept(this);
    }

    /** Adds a tab to the centre, after the Design tab. */
    public void addCentreTab(Tab tab) {
        centre.getTabs().add(tab);
    }

    /** Adds items at the end of the View menu. */
    public void addViewMenuItems(MenuItem... items) {
        menuBar.getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst()
                .ifPresent(view -> view.getItems().addAll(items));
    }

    /**
     * Opens the files later launches hand over as File → Open does (asking first about unsaved
     * changes), and brings the window to the front.
     */
    public void acceptHandoffs(HandoffServer server) {
        server.deliverTo(handoff -> Platform.runLater(() -> receive(handoff)));
    }

    private void receive(Handoff handoff) {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        if (handoff.file() != null) {
            bench.session().open(handoff.file());
        }
    }

    @Override
    public void quit() {
        if (close()) {
            stage.close();
        }
    }

    @Override
    public void export() {
        ExportDialog.show(stage, bench.document().project(), bench.session().fileProperty().get(),
                bench.scenarios().selected(), null, canvas);
    }

    @Override
    public void toggleTheme() {
        theme.set(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
        settings.preferences().setTheme(theme.get());
        applyTheme();
    }

    @Override
    public void showShortcuts() {
        HelpDialogs.showShortcuts(stage, messages, actions);
    }

    @Override
    public void showAbout() {
        HelpDialogs.showAbout(stage, messages);
    }

    private BorderPane createView() {
        canvas = new ChainCanvas(bench.canvas());
        actions = new ShellActions(bench, canvas, this);
        centre = new TabPane();
        Tab design = new Tab(messages.get("tab.design"), canvas);
        design.setId("tab-design");
        design.setClosable(false);
        centre.getTabs().add(design);
        centre.getStyleClass().add(StyleClasses.CENTRE_TABS);
        panels = DesignArea.around(centre, design, bench, canvas, messages, stage);
        BorderPane root = new BorderPane(panels.view());
        menuBar = MainMenus.create(bench, actions, this::changeLanguage);
        root.setTop(new VBox(menuBar, new MainToolBar(bench, actions)));
        addViewMenuItems(panels.everywhereItem(messages));
        root.setBottom(new ShellStatusBar(bench));
        return root;
    }

    private void show() {
        UserPreferences prefs = settings.preferences();
        WindowState.restore(stage, prefs);
        scene = new Scene(root, stage.getWidth(), stage.getHeight());
        applyTheme();
        stage.titleProperty().bind(bench.session().titleProperty());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!close()) {
                e.consume();
            }
        });
        panels.restoreSplits(prefs);
        stage.show();
    }

    private void afterShown(ProjectFileException initialError) {
        bench.session().openedProperty().addListener((obs, old, now) -> Platform.runLater(() -> canvas.fitToWindow()));
        canvas.fitToWindow();
        if (initialError != null) {
            dialogs.showFileError(initialError);
        }
        settings.recovery().find().ifPresent(r -> {
            if (dialogs.offerRecovery(r)) {
                bench.session().recover(r);
            } else {
                settings.recovery().delete();
            }
        });
        autosave.start(settings.autosaveInterval());
    }

    /** Asks about unsaved changes, then stores the window's state and stops the background work. */
    private boolean close() {
        if (!bench.session().confirmDiscard()) {
            return false;
        }
        UserPreferences prefs = settings.preferences();
        panels.saveSplits(prefs);
        WindowState.save(stage, prefs);
        autosave.close();
        bench.pipeline().close();
        return true;
    }

    private void applyTheme() {
        theme.get().apply(scene, messages.locale());
        actions.darkTheme.setSelected(theme.get() == Theme.DARK);
    }

    /**
     * Keeps the choice; switches at once, unless the machine lacks a font for the language: then
     * says so and stays in the current one.
     */
    private void changeLanguage(AppLanguage language) {
        settings.preferences().setLanguage(language);
        Locale locale = language.resolve(settings.systemLocale());
        if (Fonts.lacksGlyphsFor(locale)) {
            Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("language.noFont.warning"), ButtonType.OK);
            alert.initOwner(stage);
            alert.setHeaderText(null);
            alert.setTitle(messages.get("app.name"));
            alert.show();
            return;
        }
        speak(Messages.of(locale));
    }

    /**
     * Builds the window's views again in {@code next}'s language over the same workbench, on the
     * centre tab that was open, with the split positions it had; the parts are added again.
     */
    void speak(Messages next) {
        if (next.locale().equals(messages.locale())) {
            return;
        }
        String open = Optional.ofNullable(centre.getSelectionModel().getSelectedItem()).map(Tab::getId).orElse(null);
        UserPreferences prefs = settings.preferences();
        panels.saveSplits(prefs);
        Locale.setDefault(next.locale());
        messages = next;
        dialogs.speak(next);
        bench.speak(next);
        root = createView();
        scene.setRoot(root);
        applyTheme();
        panels.restoreSplits(prefs);
        parts.forEach(part -> part.accept(this));
        centre.getTabs().stream().filter(t -> t.getId() != null && t.getId().equals(open)).findFirst()
                .ifPresent(t -> centre.getSelectionModel().select(t));
    }
}
