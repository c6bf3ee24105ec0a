package dev.rollscope.app.plan;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

/**
 * The fix plan of one request, for the before/after view: searched on {@code worker} (the danger
 * search can take seconds), delivered on the FX thread, cancellable, and applied as one undoable
 * command. Apply is possible only for a plan the search verified, and only while the document's
 * project is the one it was searched on; otherwise the status says why not (the model's own text:
 * "no plan found within N changes; still failing: …").
 *
 * <p>Cancelling drops the answer: the model's search cannot be interrupted, it finishes in the
 * background (and fills the model's cache), but nothing it finds is shown or applied.
 */
public final class FixPlanModel {

    /** Where the model is. */
    public enum State {
        /** The search runs. */
        SEARCHING,
        /** The search answered; {@link #beforeAfterProperty()} holds what it found. */
        FOUND,
        /** The user cancelled the search. */
        CANCELLED,
        /** The search could not run; the status says why. */
        FAILED,
        /** The plan was applied. */
        APPLIED
    }

    private final Document document;
    private final Messages messages;
    private final PlanRequest request;
    private final Function<PlanRequest, PlanAnswer> search;
    private final Executor worker;
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.SEARCHING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<BeforeAfter> beforeAfter = new ReadOnlyObjectWrapper<>(this, "beforeAfter");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply");
    private final ReadOnlyObjectWrapper<List<PlanConfigChanges>> configChanges =
            new ReadOnlyObjectWrapper<>(this, "configChanges", List.of());
    private final ChangeListener<Project> projectChanged = (obs, old, now) -> update();
    private PlanAnswer answer;
    private String failure = "";
    private long generation;

    /**
     * @param worker   runs the search
     * @param fxThread delivers its answer ({@code Platform::runLater} in the app)
     */
    public FixPlanModel(Document document, Messages messages, PlanRequest request, Executor worker,
                        Executor fxThread) {
        this(document, messages, request, PlanAnswer::search, worker, fxThread);
    }

    /** A model whose answers come from {@code search} instead of {@link PlanAnswer#search}. */
    FixPlanModel(Document document, Messages messages, PlanRequest request, Function<PlanRequest, PlanAnswer> search,
                 Executor worker, Executor fxThread) {
        this.document = Objects.requireNonNull(document, "document");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.request = Objects.requireNonNull(request, "request");
        this.search = Objects.requireNonNull(search, "search");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        document.projectProperty().addListener(projectChanged);
    }

    // Properties

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the model is doing, or the plan's verdict, or why it cannot be applied. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the search found, or null while there is nothing to show. */
    public ReadOnlyObjectProperty<BeforeAfter> beforeAfterProperty() {
        return beforeAfter.getReadOnlyProperty();
    }

    /** A verified plan's changes as changes to the user's configuration files; empty otherwise. */
    public ReadOnlyObjectProperty<List<PlanConfigChanges>> configChangesProperty() {
        return configChanges.getReadOnlyProperty();
    }

    /** True when {@link #apply()} would apply a verified plan to the project it was searched on. */
    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    public PlanRequest request() {
        return request;
    }

    // Commands

    /** Searches (again); an answer still on its way is dropped. */
    public void search() {
        long mine = ++generation;
        answer = null;
        configChanges.set(List.of());
        beforeAfter.set(null);
        state.set(State.SEARCHING);
        update();
        CompletableFuture.supplyAsync(() -> search.apply(request), worker)
                .whenCompleteAsync((found, error) -> deliver(mine, found, error), fxThread);
    }

    /** Stops waiting for the search; nothing it finds is shown. */
    public void cancel() {
        if (state.get() == State.SEARCHING) {
            generation++;
            state.set(State.CANCELLED);
            update();
        }
    }

    /**
     * Applies the plan to the document as one undoable command.
     *
     * @throws IllegalStateException when {@link #canApplyProperty()} is false
     */
    public void apply() {
        if (!canApply.get()) {
            throw new IllegalStateException("no verified plan for the current project: " + status.get());
        }
        document.commands().push(FixPlanCommand.of(document, request.requestId(), answer.plan().orElseThrow()));
        state.set(State.APPLIED);
        update();
    }

    /** Drops a pending answer and stops following the document (the view closed). */
    public void close() {
        cancel();
        document.projectProperty().removeListener(projectChanged);
    }

    private void deliver(long mine, PlanAnswer found, Throwable error) {
        if (mine != generation) {
            return;
        }
        if (error != null) {
            failure = oneLine(error);
            state.set(State.FAILED);
            update();
            return;
        }
        answer = found;
        configChanges.set(PlanConfigChanges.of(found, document.provenance(), messages));
        beforeAfter.set(BeforeAfter.of(found, messages));
        state.set(State.FOUND);
        update();
    }

    private void update() {
        boolean current = document.project() == request.project();
        boolean found = state.get() == State.FOUND;
        canApply.set(found && current && answer.verified());
        status.set(switch (state.get()) {
            case SEARCHING -> messages.get("plan.searching");
            case CANCELLED -> messages.get("plan.cancelled");
            case FAILED -> messages.format("plan.failed", failure);
            case FOUND -> current || !answer.verified() ? beforeAfter.get().verdict() : messages.get("plan.stale");
            case APPLIED -> messages.format("plan.applied", answer.plan().orElseThrow().changes().size());
        });
    }

    /** Why the search failed, in the plan's language: the model's refusal, or the error's first line. */
    private String oneLine(Throwable error) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : messages.reason(e);
        return message.lines().findFirst().orElse("");
    }
}
