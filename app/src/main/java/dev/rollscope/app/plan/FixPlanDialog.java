package dev.rollscope.app.plan;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the before/after view of a request's fix plan in a window of its own over the main window
 * (modal to it, so the project stays the one searched while it is open), and starts the search.
 * Closing it cancels a search still running.
 */
public final class FixPlanDialog {

    private static final double MAX_WIDTH = 1120;
    private static final double MAX_HEIGHT = 720;
    /** Runs the searches; a cancelled one finishes on its own thread without holding up the next. */
    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "rollscope-fix-plan");
        t.setDaemon(true);
        return t;
    });

    private FixPlanDialog() {
    }

    /** Shows the view for the request and searches its plan; returns the model it binds to. */
    public static FixPlanModel show(Window owner, Document document, Messages messages, PlanRequest request) {
        FixPlanModel model = new FixPlanModel(document, messages, request, WORKER, Platform::runLater);
        FixPlanView view = new FixPlanView(model, messages);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.format("plan.title", request.requestId(), request.scenario()));
        Scene scene = new Scene(view, Math.min(MAX_WIDTH, owner.getWidth() - 40),
                Math.min(MAX_HEIGHT, owner.getHeight() - 40));
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        view.closeButton().setOnAction(e -> stage.close());
        stage.setOnHidden(e -> model.close());
        stage.setX(owner.getX() + (owner.getWidth() - scene.getWidth()) / 2);
        stage.setY(owner.getY() + (owner.getHeight() - scene.getHeight()) / 2);
        stage.show();
        model.search();
        return model;
    }
}
