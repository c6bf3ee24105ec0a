package dev.rollscope.app.playback.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.UploadCutAtOnce;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.view.Palette;
import dev.rollscope.app.simulation.SweepRun;
import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.sweep.RoutedOutcome;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepPoint;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * A small sweep built by hand, steps of 1 s. GET: at -1 s it survives on D.1 and on D.2; at 0 s it
 * fails on D.2 (ROUTED_TO_STOPPED) and survives on D.1; at 1 s only D.1 is offered and it fails
 * there (DRAIN_ENDED). POST: one offset, 0 s, refused at A (BODY_TOO_LARGE) before any choice.
 *
 * <p>So the lines are: GET, D.1, D.2, POST, "" (no choice met). The causes shown, in the order of
 * {@link Cause}: BODY_TOO_LARGE, DRAIN_ENDED, ROUTED_TO_STOPPED; the first takes the palette's failure
 * colour, the second orange (#e8590c), the third violet (#a371f7).
 */
class SweepHeatmapTest {

    private static final SweepResult GET = result("GET",
            new SweepPoint(-1_000, List.of(ok("D.1"), ok("D.2")), true),
            new SweepPoint(0, List.of(failed("D.2", Cause.ROUTED_TO_STOPPED), ok("D.1")), true),
            new SweepPoint(1_000, List.of(failed("D.1", Cause.DRAIN_ENDED)), true));
    private static final SweepResult POST = result("POST",
            new SweepPoint(0, List.of(failed("", Cause.BODY_TOO_LARGE)), true));

    private static final RequestSpec UP = RequestSpec.post("UP", ByteSize.ofMegabytes(50), TimeSpan.ZERO);

    private final SweepHeatmap heatmap = SweepHeatmap.of(List.of(GET, POST));

    private static SweepResult result(String id, SweepPoint... points) {
        return new SweepResult(id, List.of(new RollOut("D", TimeSpan.ofSeconds(40))), 1_000, 0, List.of(points),
                List.of(), outcome(null), Set.of("D"));
    }

    private static RoutedOutcome ok(String route) {
        return new RoutedOutcome(route, outcome(null), List.of(0));
    }

    private static RoutedOutcome failed(String route, Cause cause) {
        return new RoutedOutcome(route, outcome(cause), List.of(1));
    }

    private static Outcome outcome(Cause cause) {
        Failure f = cause == null ? null
                : new Failure(cause, "C", "C.1", "C.1", 0, List.of(), List.of(), List.of(), null, false);
        return new Outcome(0, "r", cause == null, cause == null ? 200 : 502, false, 0, 100, 1, f);
    }

    /**
     * The sweep view's last line per request: "survives" only when every offset's route walk was
     * complete; a walk cut off at the route cap with nothing failing says so instead (EN/ZH).
     */
    @Test
    void aSweepCutOffAtTheRouteCapIsNotCalledSafe() {
        SweepPoint whole = new SweepPoint(0, List.of(ok("D.1")), true);
        SweepPoint cut = new SweepPoint(1_000, List.of(ok("D.1")), false);
        PlaybackTexts english = new PlaybackTexts(Messages.of(Locale.ENGLISH));
        PlaybackTexts chinese = new PlaybackTexts(Messages.of(Locale.SIMPLIFIED_CHINESE));

        assertThat(SweepModel.closing(result("UP", whole), UP, english)).hasValueSatisfying(t -> assertThat(t)
                .startsWith("UP survives at every start offset"));
        assertThat(SweepModel.closing(result("UP", whole, cut), UP, english)).hasValueSatisfying(t -> assertThat(t)
                .startsWith("UP is not fully searched, so it is not called safe: at 1 of 2 start offsets").doesNotContain("survives"));
        assertThat(SweepModel.closing(result("UP", whole, cut), UP, chinese)).hasValueSatisfying(t -> assertThat(t)
                .startsWith("UP 没有被完整搜索，因此不判定为安全"));
    }

    /**
     * UploadCutAtOnce's upload, swept across the roll of D (1 s apart, as the Play tab sweeps): safe
     * as GCS, whose chunk cut at 50 s at its own start is retried five times (GcsSafeClaimTest), so
     * its line says the retries were at the longest pause (EN/ZH); as tus, or a plain POST, the
     * line is as it was.
     */
    @Test
    void theSafeLineOfAGcsUploadSaysItsRetriesWereAtTheLongestPause() throws Exception {
        PlaybackTexts english = new PlaybackTexts(Messages.of(Locale.ENGLISH));
        PlaybackTexts chinese = new PlaybackTexts(Messages.of(Locale.SIMPLIFIED_CHINESE));
        Project gcs = ProjectFile.parse(UploadCutAtOnce.json(true), "gcs.json");
        Project tus = ProjectFile.parse(UploadCutAtOnce.json(false), "tus.json");
        Scenario gcsRoll = gcs.scenario(UploadCutAtOnce.SCENARIO).orElseThrow();
        Scenario tusRoll = tus.scenario(UploadCutAtOnce.SCENARIO).orElseThrow();
        SweepResult gcsSweep = Sweep.run(gcs.topology(), gcsRoll, "UPLOAD-50MB", SweepRun.STEP);
        SweepResult tusSweep = Sweep.run(tus.topology(), tusRoll, "UPLOAD-50MB", SweepRun.STEP);
        RequestSpec gcsUpload = gcsRoll.request("UPLOAD-50MB").orElseThrow();

        assertThat(gcsUpload.resumable().protocol()).isEqualTo(ResumableUpload.Protocol.GCS);
        assertThat(SweepModel.closing(gcsSweep, gcsUpload, english)).contains("UPLOAD-50MB survives at every start"
                + " offset across the roll of D. UPLOAD-50MB is a GCS upload: wherever a run retried a chunk, the retry"
                + " was simulated at the client's longest pause (100 ms × 2ⁿ, at most 30 s); the client draws a random"
                + " pause up to it, and shorter pauses were not searched.");
        assertThat(SweepModel.closing(gcsSweep, gcsUpload, chinese)).contains("UPLOAD-50MB 在 D 的滚动更新 期间的任何起始偏移都能成功。"
                + "UPLOAD-50MB 是 GCS 上传：凡有运行重试分块之处，重试都按客户端最长的等待模拟（100 ms × 2ⁿ，最多 30 s）；"
                + "客户端在此以内随机等待，更短的等待没有被搜索。");
        assertThat(SweepModel.closing(tusSweep, tusRoll.request("UPLOAD-50MB").orElseThrow(), english))
                .contains("UPLOAD-50MB survives at every start offset across the roll of D.");
        assertThat(SweepModel.closing(tusSweep, tusRoll.request("UPLOAD-50MB").orElseThrow(), chinese))
                .contains("UPLOAD-50MB 在 D 的滚动更新 期间的任何起始偏移都能成功。");
        assertThat(SweepModel.closing(result("UP", new SweepPoint(0, List.of(ok("D.1")), true)), UP, english))
                .contains("UP survives at every start offset across the roll of D.");
    }

    @Test
    void eachRequestHasAHeadingThenOneLinePerRouteWalked() {
        assertThat(heatmap.lines()).extracting(SweepHeatmap.Line::route).containsExactly(null, "D.1", "D.2", null, "");
        assertThat(heatmap.lines()).extracting(l -> l.result().requestId())
                .containsExactly("GET", "GET", "GET", "POST", "POST");
    }

    @Test
    void aCellIsTheOffsetNearestWithinHalfAStepOnItsLinesRoute() {
        SweepHeatmap.Cell d2AtZero = heatmap.cellAt(2, 0).orElseThrow();
        assertThat(d2AtZero.point().offset()).isZero();
        assertThat(d2AtZero.routed().route()).isEqualTo("D.2");
        assertThat(d2AtZero.cause()).isEqualTo(Cause.ROUTED_TO_STOPPED);

        assertThat(heatmap.cellAt(1, 400).orElseThrow().point().offset()).isZero();
        assertThat(heatmap.cellAt(1, 400).orElseThrow().cause()).isNull();
        assertThat(heatmap.cellAt(1, 600).orElseThrow().point().offset()).isEqualTo(1_000);
        assertThat(heatmap.cellAt(1, 600).orElseThrow().cause()).isEqualTo(Cause.DRAIN_ENDED);
        assertThat(heatmap.cellAt(1, -1_000).orElseThrow().routed().route()).isEqualTo("D.1");
        assertThat(heatmap.cellAt(4, 0).orElseThrow().cause()).isEqualTo(Cause.BODY_TOO_LARGE);
    }

    @Test
    void noCellOnAHeadingOffTheOffsetsOrWhereTheRouteWasNotWalked() {
        assertThat(heatmap.cellAt(0, 0)).isEmpty();
        assertThat(heatmap.cellAt(3, 0)).isEmpty();
        assertThat(heatmap.cellAt(2, 1_000)).isEmpty();
        assertThat(heatmap.cellAt(1, 1_600)).isEmpty();
        assertThat(heatmap.cellAt(1, -1_600)).isEmpty();
        assertThat(heatmap.cellAt(4, 1_000)).isEmpty();
        assertThat(heatmap.cellAt(5, 0)).isEmpty();
        assertThat(heatmap.cells(2)).extracting(c -> c.point().offset()).containsExactly(-1_000L, 0L);
        assertThat(heatmap.gaps()).isTrue();
    }

    @Test
    void coloursFollowTheOutcomeAndTheCauseInTheOrderOfCause() {
        assertThat(heatmap.causes()).containsExactly(Cause.BODY_TOO_LARGE, Cause.DRAIN_ENDED, Cause.ROUTED_TO_STOPPED);

        assertThat(heatmap.colour(heatmap.cellAt(1, 0).orElseThrow(), Palette.LIGHT)).isEqualTo(Color.web("#1a7f37"));
        assertThat(heatmap.colour(heatmap.cellAt(4, 0).orElseThrow(), Palette.LIGHT)).isEqualTo(Color.web("#cf222e"));
        assertThat(heatmap.colour(heatmap.cellAt(4, 0).orElseThrow(), Palette.DARK)).isEqualTo(Color.web("#f85149"));
        assertThat(heatmap.colour(heatmap.cellAt(1, 1_000).orElseThrow(), Palette.LIGHT)).isEqualTo(Color.web("#e8590c"));
        assertThat(heatmap.colour(heatmap.cellAt(2, 0).orElseThrow(), Palette.DARK)).isEqualTo(Color.web("#a371f7"));
    }

    @Test
    void aSweepWithEveryRouteAtEveryOffsetHasNoGaps() {
        assertThat(SweepHeatmap.of(List.of(POST)).gaps()).isFalse();
        assertThat(SweepHeatmap.of(List.of(POST)).causes()).containsExactly(Cause.BODY_TOO_LARGE);
    }
}
