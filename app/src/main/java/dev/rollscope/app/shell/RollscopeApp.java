package dev.rollscope.app.shell;

import dev.rollscope.app.desktop.HandoffServer;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.playback.PlayTab;
import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

/**
 * The JavaFX application: one {@link MainWindow} with the current user's settings, opening the
 * file named by the first parameter (or the bundled example), with the Play tab beside Design; files
 * later launches hand over open in it.
 *
 * <p>For a fast start the user's settings and the document are read on another thread while JavaFX
 * starts; the window first shows as the {@link OpeningWindow} (already titled with the file), the
 * main window replaces it after that first frame, and the Play tab (not shown at first) is added
 * after the main window's first frame.
 */
public final class RollscopeApp extends Application {

    private static volatile HandoffServer handoffs;
    private static volatile Prepared prepared;

    /** What is read while JavaFX starts. */
    private record Prepared(CompletableFuture<ShellSettings> settings, CompletableFuture<InitialDocument> initial) {

        static Prepared start(List<String> args) {
            return new Prepared(CompletableFuture.supplyAsync(ShellSettings::forCurrentUser),
                    CompletableFuture.supplyAsync(() -> InitialDocument.read(args)));
        }
    }

    /**
     * Starts reading, on another thread, what the window for these arguments needs (the user's settings,
     * the document), so that it is ready when JavaFX has started.
     */
    public static void prepare(String... args) {
        prepared = Prepared.start(List.of(args));
    }

    /**
     * Starts JavaFX and shows the window for the arguments {@link #prepare} had; returns when the
     * window is closed.
     *
     * @param server where later launches hand over their files, or null when this window is on its own
     */
    public static void open(HandoffServer server, String... args) {
        handoffs = server;
        if (prepared == null) {
            prepare(args);
        }
        Application.launch(RollscopeApp.class, args);
    }

    /**
     * Also makes the user's language the default locale, so the texts JavaFX and ControlsFX bring
     * (dialog buttons, the inspector's search prompt) follow the language preference.
     */
    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Prepared ready = prepared != null ? prepared : Prepared.start(args);
        prepared = null;
        ShellSettings settings = ready.settings().join();
        Locale.setDefault(settings.locale());
        InternalErrorDialog.install(stage);
        String name = args.isEmpty() ? Examples.DEFAULT : Path.of(args.get(0)).getFileName().toString();
        OpeningWindow.show(stage, settings, Messages.of(settings.locale()), name);
        OpeningWindow.afterShown(stage.getScene(), () -> {
            StartupLog.reached("window");
            MainWindow window = MainWindow.open(stage, settings, ready.initial().join());
            if (handoffs != null) {
                window.acceptHandoffs(handoffs);
            }
            OpeningWindow.afterFirstFrame(window.scene(), () -> {
                StartupLog.reached("main-window");
                logFirstVerdictFrame(window);
                addPlayTab(window);
            });
        });
    }

    /** The frame after the first verdicts arrived (or this one, when they are in already). */
    private static void logFirstVerdictFrame(MainWindow window) {
        ReadOnlyObjectProperty<LiveAnalysis> verdicts = window.workbench().verdicts().latestProperty();
        if (!verdicts.get().equals(LiveAnalysis.none())) {
            StartupLog.reached("verdict");
            return;
        }
        verdicts.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends LiveAnalysis> obs, LiveAnalysis old, LiveAnalysis now) {
                verdicts.removeListener(this);
                OpeningWindow.afterFirstFrame(window.scene(), () -> StartupLog.reached("verdict"));
            }
        });
    }

    private static Project example(String name) {
        try {
            return Examples.read(name);
        } catch (ProjectFileException e) {
            throw new IllegalStateException("the build bundled a bad example: " + e.getMessage(), e);
        }
    }

    /**
     * Adds the Play tab to the window, and its items to the View menu, as a part of the window: when
     * the window changes language the tab is built again and goes on where the last one was.
     *
     * @return the tab added now
     */
    public static PlayTab addPlayTab(MainWindow window) {
        PlayTab[] shown = new PlayTab[1];
        window.addPart(w -> {
            PlayTab next = playTab(w);
            if (shown[0] != null) {
                next.continueFrom(shown[0]);
            }
            shown[0] = next;
        });
        return shown[0];
    }

    private static PlayTab playTab(MainWindow window) {
        Workbench bench = window.workbench();
        PlayTab play = PlayTab.create(bench.editor(), bench.scenarios().selectedProperty(), bench.pipeline(),
                window.themeProperty(), bench.session().openedProperty(), RollscopeApp::example);
        window.addCentreTab(play.tab());
        bench.findings().hiddenProperty().bind(play.pane().model().answersHiddenProperty());
        window.addViewMenuItems(play.menuItems().toArray(MenuItem[]::new));
        return play;
    }
}
