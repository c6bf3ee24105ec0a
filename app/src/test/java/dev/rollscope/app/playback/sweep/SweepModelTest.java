package dev.rollscope.app.playback.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Subscriptions;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.playback.Examples;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/**
 * The sweep of abcd-defaults' "roll C" (C rolls at 40 s): A refuses the 50 MB POST with 413
 * (client_max_body_size 1m) wherever it starts, so its one window spans every offset. The POST
 * fails the moment it is sent, so the sweep starts at offset 0 and needs no shift.
 */
class SweepModelTest {

    private final Document document = new Document(Examples.project("abcd-defaults.json"));
    private final StringProperty scenario = new SimpleStringProperty("roll C");
    private final SimulationPipeline pipeline = new SimulationPipeline(document, scenario, Runnable::run, Runnable::run);
    private final SweepModel model = new SweepModel(pipeline, new PlaybackTexts(Messages.of(Locale.ENGLISH)),
            new Subscriptions());

    @Test
    void sweepsEveryRequestOfTheScenarioInItsOrder() {
        pipeline.rerun();

        assertThat(model.resultsProperty().get()).extracting(SweepResult::requestId)
                .containsExactly("POST-50MB", "GET");
        assertThat(model.statusProperty().get()).isEmpty();
    }

    /** A's 1 MB limit refuses the 50 MB POST with nothing disrupted: it fails regardless, not in a window. */
    @Test
    void postFailsRegardlessOfTheRollWith413AtA() {
        pipeline.rerun();
        SweepResult post = model.resultsProperty().get().get(0);

        assertThat(post.windows()).isEmpty();
        assertThat(post.safe()).isFalse();
        assertThat(post.undisturbed().failure().hop()).isEqualTo("A");
        assertThat(post.undisturbed().failure().cause()).isEqualTo(Cause.BODY_TOO_LARGE);
        assertThat(post.regardlessText(Locale.ENGLISH)).hasValue(
                "POST-50MB fails regardless of the rollout: 413 at A (body over the limit), even when nothing is disrupted");
    }

    @Test
    void caseOfAPointSendsTheRequestAtThatOffsetFromTheRoll() {
        pipeline.rerun();
        SweepResult post = model.resultsProperty().get().get(0);

        var inside = model.caseAt(post, post.points().get(5));

        assertThat(post.shift()).isZero();
        assertThat(post.firstOffset()).isZero();
        assertThat(post.points().get(5).offset()).isEqualTo(5_000);
        assertThat(inside.request("POST-50MB").orElseThrow().start()).isEqualTo(TimeSpan.ofMillis(45_000));
    }

    @Test
    void scenarioWithoutDisruptionIsNotSwept() {
        scenario.set("no such scenario");

        assertThat(model.resultsProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("Nothing to sweep");
    }

    @Test
    void changingTheProjectSweepsAgain() {
        pipeline.rerun();
        document.open(Examples.project("abcd-zero-downtime.json"));

        assertThat(model.resultsProperty().get().get(0).windows()).noneMatch(w -> w.cause() == Cause.BODY_TOO_LARGE);
    }
}
