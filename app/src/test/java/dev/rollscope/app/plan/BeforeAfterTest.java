package dev.rollscope.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.units.TimeSpan;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The before/after view's content on failure-drain-off.json: A rolls at 10 s with a drain of 0 s;
 * its old VMs leave at 75 s, when the 50 MB POST sent at 50 s is still uploading through A.1.
 */
class BeforeAfterTest {

    private static final String VERIFIED = "Verified: with these changes it survives at every start offset and routing choice.";
    private final Project drainOff = PlanExamples.read(PlanExamples.DRAIN_OFF);

    private static BeforeAfter of(PlanRequest request, Locale locale) {
        return BeforeAfter.of(PlanAnswer.search(request), Messages.of(locale));
    }

    private static BeforeAfter.Line line(BeforeAfter ba, String label) {
        return ba.lines().stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void beforeTheVerdictsPostIsCutOnA1At75sAndWithThePlanItIsAnswered() {
        BeforeAfter ba = of(PlanRequest.ofVerdict(drainOff, "roll A", "POST-50MB"), Locale.ENGLISH);

        assertThat(ba.title()).isEqualTo("Fix plan for POST-50MB in “roll A”");
        assertThat(ba.lines()).extracting(BeforeAfter.Line::label)
                .containsExactly("Status", "Sent at", "Cause", "Hop", "Instance", "Time", "Danger search");
        assertThat(line(ba, "Status")).isEqualTo(new BeforeAfter.Line("Status", "502", "200"));
        assertThat(line(ba, "Sent at")).isEqualTo(new BeforeAfter.Line("Sent at", "50 s", "50 s"));
        assertThat(line(ba, "Cause").before()).startsWith("drain ended: Cut when the drain of A.1 ended: A drains for 0 ms");
        assertThat(line(ba, "Cause").after()).isEqualTo("—");
        assertThat(line(ba, "Hop")).isEqualTo(new BeforeAfter.Line("Hop", "A", "—"));
        assertThat(line(ba, "Instance")).isEqualTo(new BeforeAfter.Line("Instance", "A.1", "—"));
        assertThat(line(ba, "Time").before()).isEqualTo("75 s");
        assertThat(line(ba, "Time").after()).startsWith("answered at ");
        assertThat(line(ba, "Danger search").before()).startsWith("POST-50MB fails with ")
                .contains("at A (drain ended) when it starts between ").endsWith("after the roll of A begins and lands on A.1 or A.2 or A.3");
        assertThat(line(ba, "Danger search").after()).isEqualTo(VERIFIED);
        assertThat(ba.verified()).isTrue();
        assertThat(ba.verdict()).isEqualTo(VERIFIED);
    }

    @Test
    void theOneChangeIsADrainOfAFrom0msTo46sWithItsStepInWords() {
        BeforeAfter ba = of(PlanRequest.ofVerdict(drainOff, "roll A", "POST-50MB"), Locale.ENGLISH);

        assertThat(ba.changes()).containsExactly(new BeforeAfter.Change("A",
                "Connection draining (drainingTimeoutSec) · front.drainTimeout", "0 ms", "46 s"));
        assertThat(ba.steps()).containsExactly("1. Raise A front.drainTimeout (connectionDraining.drainingTimeoutSec "
                + "of its backend service) to at least 45.001 s. (A.front.drainTimeout → 46s)");
    }

    @Test
    void inChineseTheLabelsAreTheAppsAndThePlanTextsTheModels() {
        BeforeAfter ba = of(PlanRequest.ofVerdict(drainOff, "roll A", "POST-50MB"), Locale.SIMPLIFIED_CHINESE);

        assertThat(ba.title()).isEqualTo("POST-50MB 在“roll A”中的修复方案");
        assertThat(ba.lines()).extracting(BeforeAfter.Line::label)
                .containsExactly("状态", "发出时间", "原因", "跳点", "实例", "时间", "危险搜索");
        assertThat(ba.verdict()).isEqualTo("已验证：做了这些修改后，它在每个起始偏移和每种路由选择下都能存活。");
        assertThat(line(ba, "时间").after()).startsWith("于 ").endsWith(" 得到应答");
    }

    @Test
    void aPickedWindowIsShownAsPickedAndItsOwnCaseIsPlayedAgainWithThePlan() {
        SweepResult sweep = Sweep.run(drainOff.topology(), drainOff.scenario("roll A").orElseThrow(), "POST-50MB",
                TimeSpan.ofSeconds(1));
        DangerWindow w = sweep.windows().get(0);

        BeforeAfter ba = of(PlanRequest.ofWindow(drainOff, "roll A", sweep, w), Locale.ENGLISH);

        assertThat(line(ba, "Danger search").before()).isEqualTo(w.text("POST-50MB", "the roll of A", Locale.ENGLISH));
        assertThat(line(ba, "Status").before()).isEqualTo(w.sample().statusText());
        assertThat(line(ba, "Instance").before()).isEqualTo(w.sample().failure().instance());
        String sent = TimeSpan.ofMillis(w.sample().start()).toHuman();
        assertThat(line(ba, "Sent at")).isEqualTo(new BeforeAfter.Line("Sent at", sent, sent));
        assertThat(line(ba, "Status").after()).isEqualTo("200");
        assertThat(ba.verified()).isTrue();
    }

    @Test
    void anUnverifiedPlanListsItsChangesButSaysWhatStillFails() {
        BeforeAfter ba = BeforeAfter.of(PlanExamples.unverified(drainOff), Messages.of(Locale.ENGLISH));

        assertThat(ba.verified()).isFalse();
        assertThat(ba.changes()).containsExactly(new BeforeAfter.Change("A",
                "Connection draining (drainingTimeoutSec) · front.drainTimeout", "0 ms", "10 s"));
        assertThat(ba.verdict()).startsWith("No plan found within 4 changes; still failing: POST-50MB: ");
        assertThat(line(ba, "Danger search").after()).isEqualTo(ba.verdict());
    }
}
