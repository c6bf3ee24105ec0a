package dev.rollscope.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * The fix plan's model on the examples: searched, applied as one command, undone and redone; its
 * worker and FX thread are the calling thread unless a test holds the search back.
 */
class FixPlanModelTest {

    private static final Executor NOW = Runnable::run;
    private final Messages messages = Messages.of(Locale.ENGLISH);

    private static FixPlanModel model(Document document, String scenario, String requestId, Executor worker) {
        return new FixPlanModel(document, Messages.of(Locale.ENGLISH),
                PlanRequest.ofVerdict(document.project(), scenario, requestId), worker, NOW);
    }

    private static boolean survives(Project p, String scenario, String requestId) {
        return Simulator.run(p.topology(), p.scenario(scenario).orElseThrow(), SimulationOptions.outcomesOnly())
                .outcome(requestId).ok();
    }

    /** The project with A's drain at {@code drain} and nothing else changed, built by hand. */
    private static Project withDrainOfA(Project p, TimeSpan drain) {
        Topology t = p.topology();
        int a = t.indexOf("A");
        Hop hop = t.hops().get(a);
        return p.withTopology(t.withHop(a, hop.with(FrontSettings.DRAIN_TIMEOUT, drain)));
    }

    @Test
    void applyingTheVerifiedPlanSetsADrainOf46sOnAAloneAndThePostSurvives() {
        Project original = PlanExamples.read(PlanExamples.DRAIN_OFF);
        Document document = new Document(original);
        FixPlanModel model = model(document, "roll A", "POST-50MB", NOW);
        assertThat(survives(original, "roll A", "POST-50MB")).isFalse();

        model.search();

        assertThat(model.stateProperty().get()).isEqualTo(FixPlanModel.State.FOUND);
        assertThat(model.canApplyProperty().get()).isTrue();
        assertThat(model.statusProperty().get())
                .isEqualTo("Verified: with these changes it survives at every start offset and routing choice.");
        model.apply();
        // The CLI's verified plan for this example: "A.front.drainTimeout → 46s" (45.001 s needed,
        // plus one 100 ms step of margin, rounded up to whole seconds); the drain was 0 s.
        assertThat(original.topology().hop("A").orElseThrow().get(FrontSettings.DRAIN_TIMEOUT)).isEqualTo(TimeSpan.ZERO);
        assertThat(document.project()).isEqualTo(withDrainOfA(original, TimeSpan.ofSeconds(46)));
        assertThat(survives(document.project(), "roll A", "POST-50MB")).isTrue();
        assertThat(model.stateProperty().get()).isEqualTo(FixPlanModel.State.APPLIED);
        assertThat(model.statusProperty().get()).startsWith("Applied 1 setting change as one edit.");
        assertThat(model.canApplyProperty().get()).isFalse();
    }

    @Test
    void oneUndoRestoresTheExactOriginalProjectAndRedoAppliesThePlanAgain() {
        Project original = PlanExamples.read(PlanExamples.DRAIN_OFF);
        Document document = new Document(original);
        FixPlanModel model = model(document, "roll A", "POST-50MB", NOW);
        model.search();
        model.apply();
        Project fixed = document.project();

        assertThat(document.commands().undoCommandProperty().get().description(Messages.of(Locale.ENGLISH)))
                .isEqualTo("fix plan for POST-50MB (1 change)");
        document.commands().undo();

        assertThat(document.project()).isEqualTo(original);
        assertThat(document.commands().canUndoProperty().get()).isFalse();
        document.commands().redo();
        assertThat(document.project()).isEqualTo(fixed).isEqualTo(withDrainOfA(original, TimeSpan.ofSeconds(46)));
    }

    @Test
    void aPlanTheSearchCouldNotVerifyCannotBeAppliedAndSaysWhatStillFails() {
        Project original = PlanExamples.read(PlanExamples.DRAIN_OFF);
        Document document = new Document(original);
        FixPlanModel model = new FixPlanModel(document, messages, PlanRequest.ofVerdict(original, "roll A", "POST-50MB"),
                r -> PlanExamples.unverified(r.project()), NOW, NOW);

        model.search();

        assertThat(model.stateProperty().get()).isEqualTo(FixPlanModel.State.FOUND);
        assertThat(model.canApplyProperty().get()).isFalse();
        assertThat(model.statusProperty().get())
                .startsWith("No plan found within 4 changes; still failing: POST-50MB: Cut when the drain of A.1 ended");
        assertThatThrownBy(model::apply).isInstanceOf(IllegalStateException.class);
        assertThat(document.project()).isSameAs(original);
        assertThat(document.commands().canUndoProperty().get()).isFalse();
    }

    @Test
    void aPlanSearchedOnAProjectThatHasSinceChangedCannotBeApplied() {
        Project original = PlanExamples.read(PlanExamples.DRAIN_OFF);
        Document document = new Document(original);
        FixPlanModel model = model(document, "roll A", "POST-50MB", NOW);
        model.search();

        new Editor(document, messages).changeHop("B", "name", h -> h.withName("renamed"));

        assertThat(model.canApplyProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo(messages.get("plan.stale"));
    }

    @Test
    void theSearchRunsOnTheWorkerAndACancelledOneShowsNothingWhenItAnswers() {
        Document document = new Document(PlanExamples.read(PlanExamples.DRAIN_OFF));
        List<Runnable> held = new ArrayList<>();
        FixPlanModel model = model(document, "roll A", "POST-50MB", held::add);

        model.search();
        assertThat(held).hasSize(1);
        assertThat(model.stateProperty().get()).isEqualTo(FixPlanModel.State.SEARCHING);
        assertThat(model.statusProperty().get()).isEqualTo(messages.get("plan.searching"));
        model.cancel();
        held.get(0).run();

        assertThat(model.stateProperty().get()).isEqualTo(FixPlanModel.State.CANCELLED);
        assertThat(model.beforeAfterProperty().get()).isNull();
        assertThat(model.canApplyProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo(messages.get("plan.cancelled"));
    }

    @Test
    void aSearchTheModelRefusesEndsWithItsReasonInOneLine() {
        Document document = new Document(PlanExamples.read(PlanExamples.DRAIN_OFF));
        FixPlanModel model = model(document, "roll A", "no-such-request", NOW);

        model.search();

        assertThat(model.stateProperty().get()).isEqualTo(FixPlanModel.State.FAILED);
        assertThat(model.statusProperty().get()).isEqualTo("The search could not run: no request no-such-request");
        assertThat(model.canApplyProperty().get()).isFalse();
    }
}
