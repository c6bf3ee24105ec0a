package dev.rollscope.app.playback;

import dev.rollscope.app.document.Subscriptions;
import dev.rollscope.app.simulation.ProjectRun;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.app.simulation.TraceOffer;
import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.RouteChoices;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.WorkEstimate;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Keeps the playback on the document's current project and chosen scenario: each run the
 * {@link SimulationPipeline} delivers is loaded into the {@link PlaybackModel} (nothing is simulated
 * here for it). A sweep case or a lesson's example is simulated aside on the pipeline's worker and
 * plays until the next revision; a result that arrives after something newer was asked for is
 * dropped. A scenario the engine refuses leaves the last playback and says why in
 * {@link #problemProperty()}. A scenario whose full trace would not fit in memory plays nothing: its
 * estimate and the limit are in {@link #offerProperty()}, and {@link #playSampled()} plays a sampled
 * trace instead, a choice kept for that revision of the project.
 */
public final class PlaybackSession {

    private final SimulationPipeline pipeline;
    private final PlaybackModel model;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper caseNote = new ReadOnlyStringWrapper(this, "case", "");
    private final ReadOnlyStringWrapper offerNote = new ReadOnlyStringWrapper(this, "offer", "");
    /** The sampled trace offered for the revision shown, or null when none is. */
    private TraceOffer offer;
    /** The revision whose sampled trace the user chose to play, and that trace once it came (null before). */
    private long sampledRevision = -1;
    private SimulationResult sampled;
    /** Counts what was asked to be shown: a revision of the project, a case or an example. */
    private long generation;
    /** The generation at which the project's newest revision was asked to be shown. */
    private long projectGeneration;
    private long fresh = -1;
    /** Where the scenario was shown when a sweep case took its place, to show it there again; null when none. */
    private Resume resume;

    /** A time shown and the request selected then. */
    private record Resume(long time, int request) {
    }

    /** @param subscriptions where it listens to the pipeline (ended with the view it serves) */
    public PlaybackSession(SimulationPipeline pipeline, PlaybackModel model, Subscriptions subscriptions) {
        this.pipeline = pipeline;
        this.model = model;
        subscriptions.onChange(pipeline.revisionProperty(), (obs, old, now) -> projectGeneration = ++generation);
        subscriptions.onChange(pipeline.latestProperty(), (obs, old, now) -> {
            if (projectGeneration == generation) {
                show(now);
            }
        });
    }

    /** The name of the chosen scenario (the one a sweep case returns to). */
    public String scenarioName() {
        return pipeline.scenarioName();
    }

    /** Why the last simulation could not be played, or "" when it could. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Why nothing plays though the simulation ran: its full trace would not fit in memory, with the
     * estimate and the limit, and a sampled trace offered ({@link #playSampled()}); "" when no trace is offered.
     */
    public ReadOnlyStringProperty offerProperty() {
        return offerNote.getReadOnlyProperty();
    }

    /** What is played instead of the chosen scenario (a case of the sweep), or "" when it is that scenario. */
    public ReadOnlyStringProperty caseProperty() {
        return caseNote.getReadOnlyProperty();
    }

    /**
     * Another file was opened: its simulation (under way, or already shown) is shown from its start
     * with nothing selected, rather than at the time the last file was shown at.
     */
    public void startOver() {
        fresh = generation;
        resume = null;
        model.startOver();
    }

    /**
     * Shows the current project's chosen scenario again (after a case): its newest run at once when
     * it has arrived, else when it arrives; after a sweep case at the time and with the request
     * selected it was shown with before the case.
     */
    public void rerun() {
        projectGeneration = ++generation;
        ProjectRun run = pipeline.latest();
        if (run.revision() == pipeline.revision()) {
            show(run);
        }
    }

    /**
     * Plays a scenario that is not in the project (a case of the sweep) on the current topology,
     * until the project or the chosen scenario changes.
     *
     * @param routes  the routing of the request (one route of the sweep point)
     * @param note    what the case is, in words, shown while it plays
     * @param request the id of the request to select once it is loaded
     */
    public void playCase(Scenario s, RouteChoices routes, String note, String request) {
        if (resume == null && caseNote.get().isEmpty() && model.timeline() != null) {
            resume = new Resume(model.timeline().time(), model.selectedRequestProperty().get());
        }
        simulate(pipeline.document().project(), s, routes, note, request);
    }

    /**
     * Plays a scenario of another project (a lesson's example) until the project or the chosen
     * scenario changes, or {@link #rerun()}.
     */
    public void playProject(Project project, Scenario s, String note) {
        simulate(project, s, null, note, null);
    }

    /**
     * Plays the sampled trace offered for the revision shown ({@link #offerProperty()}): simulates it
     * on the pipeline's worker and plays it unless something newer was asked for meanwhile; the
     * revision's run plays it again without asking (after a sweep case, say).
     */
    public void playSampled() {
        TraceOffer chosen = offer;
        ProjectRun run = pipeline.latest();
        if (chosen == null || run.result() == null) {
            return;
        }
        offer = null;
        offerNote.set("");
        sampledRevision = run.revision();
        sampled = null;
        problem.set(model.texts().format("session.sampling", chosen.every()));
        long mine = generation;
        long revision = run.revision();
        pipeline.simulateAside(run.result().topology(), run.scenario(), chosen.options(), (result, error) -> {
            if (error == null && sampledRevision == revision) {
                sampled = result;
            }
            if (mine != generation) {
                return;
            }
            if (error != null) {
                sampledRevision = -1;
                problem.set(model.texts().problem(error));
                return;
            }
            play(result);
        });
    }

    private void show(ProjectRun run) {
        offer = null;
        offerNote.set("");
        Optional<TraceOffer> offered = run.traceTooBig()
                ? TraceOffer.of(run.result().topology(), run.scenario()) : Optional.empty();
        if (run.scenario() == null) {
            problem.set(model.texts().get("session.noScenario"));
        } else if (offered.isPresent()) {
            caseNote.set("");
            if (run.revision() == sampledRevision && sampled != null) {
                play(sampled);
            } else {
                offer(offered.get());
            }
        } else if (!run.playable()) {
            caseNote.set("");
            problem.set(model.texts().problem(run.traceError()));
        } else {
            caseNote.set("");
            play(run.result());
        }
    }

    /** Plays nothing and offers a sampled trace, stating the full trace's estimate and the limit it is over. */
    private void offer(TraceOffer o) {
        offer = o;
        problem.set("");
        model.unload();
        offerNote.set(model.texts().format("session.traceTooBig", o.full().events(), o.full().bytes() >> 20,
                o.limitEvents(), TraceOffer.memoryMegabytes(), o.every()));
    }

    /** Plays a run of the project's revision (saying so when its trace is sampled), where it was shown before. */
    private void play(SimulationResult result) {
        problem.set(sampledNotice(result));
        model.load(result, projectGeneration <= fresh);
        if (resume != null) {
            model.timeline().seek(resume.time());
            model.selectedRequestProperty().set(resume.request());
            resume = null;
        }
    }

    /** What a sampled trace leaves out, with the full trace's estimate; empty for a full trace. */
    private String sampledNotice(SimulationResult result) {
        int every = result.trace().every();
        if (every == 1) {
            return "";
        }
        WorkEstimate full = WorkEstimate.of(result.topology(), result.scenario(), SimulationOptions.full());
        return model.texts().format("session.sampled", full.events(), full.bytes() >> 20, every);
    }

    private void simulate(Project project, Scenario s, RouteChoices routes, String note, String request) {
        long mine = ++generation;
        BiConsumer<SimulationResult, Throwable> done = (result, error) -> {
            if (mine != generation) {
                return;
            }
            offer = null;
            offerNote.set("");
            caseNote.set(error == null ? note : "");
            if (error != null) {
                problem.set(model.texts().problem(error));
                return;
            }
            problem.set("");
            model.load(result, mine <= fresh);
            if (request != null) {
                model.selectedRequestProperty().set(indexOf(result, request));
            }
        };
        if (routes == null) {
            pipeline.simulateAside(project.topology(), s, done);
        } else {
            pipeline.simulateAside(project.topology(), s, routes, done);
        }
    }

    private static int indexOf(SimulationResult result, String request) {
        for (int r = 0; r < result.requests().size(); r++) {
            if (result.requests().get(r).id().equals(request)) {
                return r;
            }
        }
        return -1;
    }
}
