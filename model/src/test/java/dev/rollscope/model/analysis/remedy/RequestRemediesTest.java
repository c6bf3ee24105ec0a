package dev.rollscope.model.analysis.remedy;

import static dev.rollscope.model.analysis.remedy.RemedyExamples.load;
import static dev.rollscope.model.analysis.remedy.RemedyExamples.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.safety.RequestSafety;
import dev.rollscope.model.analysis.safety.SafetySearch;
import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.ResumableUpload.Protocol;
import dev.rollscope.model.scenario.ResumableUpload.Storage;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.Transaction;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.KongHashOn;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The remedies for how a request is sent (domain.md §12, §13): the body as a tus upload with shared
 * storage, and session affinity for an upload kept on its pod; each searched as the request was.
 */
class RequestRemediesTest {

    private static final TimeSpan STEP = SafetySearch.DEFAULT_STEP;

    private static RemedyAnswer answer(List<RemedyAnswer> answers, Class<? extends Remedy> kind) {
        return answers.stream().filter(a -> kind.isInstance(a.remedy())).findFirst().orElseThrow();
    }

    /**
     * remedy-resumable-upload, roll D, one POST: on D.1 from 45 s, cut when D.1 is killed at 80 s.
     * As one tus PATCH with shared storage, the cut PATCH stored nothing (a chunk counts once whole);
     * tus-js-client waits 0 s, its HEAD reaches D.2 (Kong's only pod since 53 s) and reads offset 0
     * from the shared storage, and the second PATCH carries the 50 MB again: 40 s + 200 ms, done at
     * 80 + 40.2 = 120.2 s; D.2 is never stopped. Searched at every offset, it survives.
     */
    @Test
    void aPostCutByTheRollSurvivesAsAResumableUploadWithSharedStorage() throws Exception {
        Project p = load("remedy-resumable-upload");
        Scenario roll = scenario(p, "roll D, one POST");
        RequestSafety post = SafetySearch.of(p.topology(), roll, "POST-50MB", STEP).orElseThrow();

        RemedyAnswer resumable = answer(Remedies.of(p.topology(), roll, post, STEP), SendResumable.class);
        SimulationResult at45 = Simulator.run(p.topology(), resumable.remedy().applyTo(roll));

        assertThat(post.safe()).isFalse();
        assertThat(at45.outcome("POST-50MB").ok()).isTrue();
        assertThat(at45.outcome("POST-50MB").end()).isEqualTo(120_200);
        assertThat(at45.upload(0).orElseThrow().sent()).isEqualTo(2);
        assertThat(at45.upload(0).orElseThrow().retries()).isEqualTo(1);
        assertThat(resumable.after().safe()).isTrue();
        assertThat(resumable.lines(Locale.ENGLISH)).containsExactly("Instead of sending POST-50MB as one request, a tus"
                + " resumable upload with shared storage (tus-js-client's defaults: one PATCH with the rest of the body,"
                + " a HEAD for the offset after a failure, retries after 0s, 1s, 3s, 5s): searched, it survives at every"
                + " start offset and routing choice with nothing else changed.");
        assertThat(resumable.lines(Locale.SIMPLIFIED_CHINESE)).containsExactly("以 共享存储的 tus 可续传上传（tus-js-client"
                + " 的默认值：一个 PATCH 携带其余全部请求体，失败后先用 HEAD 询问偏移，分别在 0s, 1s, 3s, 5s 后重试）代替 一次请求发送"
                + " POST-50MB：经搜索，不改其他任何设置，它在每个起始偏移和路由选择下都能存活。");
    }

    /**
     * remedy-resumable-upload, roll D, storage on the pod: D has one pod, so a pin cannot outlive it.
     * Pinned by Kong's cookie hash, the chunks stay on D.1 while Kong lists it (until 53 s) and the
     * next goes to D.2, which does not know the upload: 404, as without the pin.
     */
    @Test
    void thePinDoesNotSaveAnUploadWhosePodIsReplaced() throws Exception {
        Project p = load("remedy-resumable-upload");
        Scenario roll = scenario(p, "roll D, resumable, storage on the pod");
        RequestSafety upload = SafetySearch.of(p.topology(), roll, "UPLOAD-50MB", STEP).orElseThrow();

        List<RemedyAnswer> answers = Remedies.of(p.topology(), roll, upload, STEP);
        RemedyAnswer pin = answer(answers, PinSessions.class);

        assertThat(answers).noneMatch(a -> a.remedy() instanceof SendResumable);
        assertThat(pin.remedy()).isEqualTo(new PinSessions("D", FrontKind.KONG_UPSTREAM));
        assertThat(pin.works()).isFalse();
        assertThat(pin.after().found().stillFailing(Locale.ENGLISH)).contains("404 at D");
        assertThat(pin.lines(Locale.ENGLISH).get(0)).startsWith("Instead of D's front choosing anew for every"
                + " connection, session affinity at D's front (Kong hash_on cookie, front.hashOn COOKIE) does not save"
                + " it: no plan found on top of it; still failing: UPLOAD-50MB fails with 404 at D");
        assertThat(pin.lines(Locale.SIMPLIFIED_CHINESE).get(0)).startsWith("以 D 前端的会话亲和（Kong hash_on cookie，"
                + "front.hashOn COOKIE）代替 D 前端对每个连接重新选择后端也救不了它");
    }

    /**
     * remedy-affinity's chain without Kong's cookie hash (D: three pods, round robin) while A rolls at
     * 40 s: a 10 MB tus upload kept on its pod, two 5 MB chunks of 4.2 s. Undisturbed (sent alone at
     * 0 s), the second chunk goes to the next pod at 4.2 s: 404, whatever A does. Pinned by Kong's
     * cookie hash, both chunks go to the pod that took the first; D never changes, and each chunk
     * holds an A instance 4.2 s, far inside A's 120 s drain: it survives at every offset (1 s apart,
     * to keep the test short: A's roll spans minutes) and every route.
     */
    @Test
    void thePinSavesAnUploadOnItsPodWhenNoReplacementTakesThePod() throws Exception {
        Project p = load("remedy-affinity");
        Topology t = p.topology();
        int d = t.indexOf("D");
        Topology roundRobin = t.withHop(d, t.hops().get(d).with(FrontSettings.HASH_ON, KongHashOn.NONE));
        RequestSpec upload = new RequestSpec("UPLOAD", "POST", ByteSize.ofMegabytes(10), ByteSize.ZERO, null, null,
                TimeSpan.ofSeconds(45), TimeSpan.ofMillis(200), null, ClientBehaviour.NONE, null,
                new ResumableUpload(Protocol.TUS, ByteSize.ofMegabytes(5), null, null, Storage.POD));
        Scenario rollA = new Scenario("roll A", "", List.of(new RollOut("A", TimeSpan.ofSeconds(40))),
                List.of(upload), null, 1);
        TimeSpan second = TimeSpan.ofSeconds(1);
        RequestSafety safety = SafetySearch.of(roundRobin, rollA, "UPLOAD", second).orElseThrow();

        RemedyAnswer pin = answer(Remedies.of(roundRobin, rollA, safety, second), PinSessions.class);

        Outcome undisturbed = safety.found().sweep().undisturbed();
        assertThat(undisturbed.failure().cause()).isEqualTo(Cause.UPLOAD_NOT_FOUND);
        assertThat(undisturbed.end()).isEqualTo(4_200);
        assertThat(pin.after().safe()).isTrue();
        assertThat(pin.lines(Locale.ENGLISH)).containsExactly("Instead of D's front choosing anew for every"
                + " connection, session affinity at D's front (Kong hash_on cookie, front.hashOn COOKIE): searched, it"
                + " survives at every start offset and routing choice with nothing else changed.");
    }

    /**
     * Only a POST with a body the disruption cuts goes as a resumable upload (a GET has no body; one
     * with a database transaction or client pauses cannot be simulated as one); only an upload kept on
     * its pod that met a 404 is pinned, and only where the front pins nothing yet.
     */
    @Test
    void eachRequestRemedyIsTriedOnlyWhereItFits() throws Exception {
        Topology t = load("remedy-resumable-upload").topology();
        RequestSpec post = RequestSpec.post("P", ByteSize.ofMegabytes(50), TimeSpan.ZERO);
        RequestSpec podUpload = post.withResumable(ResumableUpload.of(Protocol.TUS, Storage.POD));
        Set<Cause> notFound = Set.of(Cause.UPLOAD_NOT_FOUND);

        assertThat(Remedies.forRequest(t, post, true, Set.of())).containsExactly(new SendResumable("P"));
        assertThat(Remedies.forRequest(t, post, false, Set.of())).isEmpty();
        assertThat(Remedies.forRequest(t, RequestSpec.get("G", TimeSpan.ZERO), true, Set.of())).isEmpty();
        assertThat(Remedies.forRequest(t, post.withClient(new ClientBehaviour(TimeSpan.ofSeconds(1), null, null, null)),
                true, Set.of())).isEmpty();
        RequestSpec inTransaction = new RequestSpec("P", "POST", post.body(), post.response(), null, null, TimeSpan.ZERO,
                TimeSpan.ofSeconds(1), null, ClientBehaviour.NONE, new Transaction(TimeSpan.ZERO, TimeSpan.ofMillis(500)),
                null);
        assertThat(Remedies.forRequest(t, inTransaction, true, Set.of())).isEmpty();
        assertThat(Remedies.forRequest(t, podUpload, true, notFound))
                .containsExactly(new PinSessions("D", FrontKind.KONG_UPSTREAM));
        assertThat(Remedies.forRequest(t, podUpload, true, Set.of(Cause.GRACE_PERIOD_EXPIRED))).isEmpty();
        assertThat(Remedies.forRequest(t, podUpload.withResumable(ResumableUpload.of(Protocol.TUS, Storage.SHARED)),
                true, notFound)).isEmpty();
        int d = t.indexOf("D");
        Topology pinned = t.withHop(d, t.hops().get(d).with(FrontSettings.HASH_ON, KongHashOn.COOKIE));
        assertThat(Remedies.forRequest(pinned, podUpload, true, notFound)).isEmpty();
    }

    /**
     * abcd-defaults, roll A: the POST fails undisturbed too (413 at A's 1 MiB body limit), so the roll
     * is not all that cuts it: its fix plan comes first, and it is not tried as a resumable upload.
     */
    @Test
    void aPostThatFailsUndisturbedIsNotSentAsAResumableUpload() throws Exception {
        Project p = load("abcd-defaults");
        Scenario roll = scenario(p, "roll A");
        RequestSafety post = SafetySearch.of(p.topology(), roll, "POST-50MB", STEP).orElseThrow();

        assertThat(post.found().sweep().undisturbed().failure().cause()).isEqualTo(Cause.BODY_TOO_LARGE);
        assertThat(post.found().sweep().windows()).isNotEmpty();
        assertThat(Remedies.of(p.topology(), roll, post, STEP)).extracting(RemedyAnswer::remedy)
                .noneMatch(r -> r instanceof SendResumable).isNotEmpty();
    }
}
