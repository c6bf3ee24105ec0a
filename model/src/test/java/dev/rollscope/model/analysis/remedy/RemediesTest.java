package dev.rollscope.model.analysis.remedy;

import static dev.rollscope.model.analysis.remedy.RemedyExamples.load;
import static dev.rollscope.model.analysis.remedy.RemedyExamples.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.safety.RequestSafety;
import dev.rollscope.model.analysis.safety.SafetySearch;
import dev.rollscope.model.scenario.BlueGreen.Method;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RemediesTest {

    private static final TimeSpan STEP = SafetySearch.DEFAULT_STEP;

    private static List<Method> methods(Project p, String scenario) {
        return Remedies.candidates(p.topology(), scenario(p, scenario), Set.of("A", "B", "C", "D")).stream()
                .map(r -> ((SwitchInstead) r).instead().method()).toList();
    }

    /**
     * §14: a selector switch needs pods behind a Kubernetes Service, Kong target weights pods behind
     * a Kong upstream, a URL map switch a MIG behind the external ALB. D (pods behind Kong) gets the
     * first two, A (a MIG behind the ALB) the third, B (a MIG behind the internal TCP LB) none.
     */
    @Test
    void eachRolloutIsTriedAsEachSwitchItsHopAllows() throws Exception {
        Project p = load("abcd-defaults");

        assertThat(methods(p, "roll D")).containsExactly(Method.SELECTOR, Method.KONG_WEIGHTS);
        assertThat(methods(p, "roll A")).containsExactly(Method.URL_MAP);
        assertThat(methods(p, "roll B")).isEmpty();
    }

    /** A switch of D cannot move a cut at A: a rollout is tried as a switch only where the request was cut. */
    @Test
    void onlyTheRolloutOfAHopWhereTheRequestIsCutIsTried() throws Exception {
        Project p = load("abcd-defaults");

        assertThat(Remedies.candidates(p.topology(), scenario(p, "roll D"), Set.of("A"))).isEmpty();
    }

    /**
     * remedy-blue-green, roll D: the rolling update kills the POST's pod at the end of its 30 s grace
     * period (RemedyBlueGreenExampleTest). Switched by selector instead, green is available 10 s after
     * it is created and takes every request sent after that; a POST sent before stays on its blue pod
     * and needs 45.001 s, and blue is deleted 60 s (rollout.scaleDownDelay) after the switch and still
     * has its 30 s grace: the POST survives at every offset with nothing else changed.
     */
    @Test
    void aSelectorSwitchInsteadOfTheRollSavesThePostWithNothingElseChanged() throws Exception {
        Project p = load("remedy-blue-green");
        Scenario roll = scenario(p, "roll D");
        RequestSafety post = SafetySearch.of(p.topology(), roll, "POST-50MB", STEP).orElseThrow();

        List<RemedyAnswer> answers = Remedies.of(p.topology(), roll, post, STEP);

        assertThat(post.safe()).isFalse();
        RemedyAnswer selector = answers.stream()
                .filter(a -> ((SwitchInstead) a.remedy()).instead().method() == Method.SELECTOR).findFirst().orElseThrow();
        assertThat(selector.after().safe()).isTrue();
        assertThat(selector.works()).isTrue();
        assertThat(selector.lines(Locale.ENGLISH)).containsExactly("Instead of the roll of D, the blue/green switch of "
                + "D (Service selector): searched, it survives at every start offset and routing choice with nothing "
                + "else changed.");
        assertThat(selector.lines(Locale.SIMPLIFIED_CHINESE)).containsExactly("以 D 的蓝绿切换（Service 选择器）代替 "
                + "D 的滚动更新：经搜索，不改其他任何设置，它在每个起始偏移和路由选择下都能存活。");
    }

    /**
     * abcd-defaults, roll A: as a URL map switch the POST still meets A's 1 MiB body limit and the
     * ALB's 30 s backend timeout (it needs 45.801 s there), and A's old backend service is detached
     * at once, which does not drain: the plan on top raises the limit to 50MB, the timeout to 46 s,
     * and waits 45.001 s (the POST's time at A) before detaching, in whole seconds 46 s.
     */
    @Test
    void aUrlMapSwitchInsteadOfRollingANeedsItsOwnVerifiedPlan() throws Exception {
        Project p = load("abcd-defaults");
        Scenario roll = scenario(p, "roll A");
        RequestSafety post = SafetySearch.of(p.topology(), roll, "POST-50MB", STEP).orElseThrow();

        RemedyAnswer urlMap = Remedies.of(p.topology(), roll, post, STEP).get(0);

        assertThat(urlMap.after().safe()).isFalse();
        assertThat(urlMap.works()).isTrue();
        assertThat(urlMap.after().plan().changes()).containsExactly(
                new SettingChange("A", "proxy.clientMaxBodySize", "50MB"),
                new SettingChange("A", "front.backendTimeout", "46s"),
                new SettingChange("A", "rollout.detachDelay", "46s"));
        assertThat(urlMap.lines(Locale.ENGLISH).get(0)).isEqualTo("Instead of the roll of A, the blue/green switch "
                + "of A (URL map weights), with these changes (searched again after each step):");
        assertThat(urlMap.lines(Locale.ENGLISH)).last().asString().startsWith("  Verified:");
    }

    @Test
    void aSafeRequestGetsNoRemedy() throws Exception {
        Project p = load("abcd-zero-downtime");
        Scenario roll = scenario(p, "roll D");
        RequestSafety get = SafetySearch.of(p.topology(), roll, "GET", STEP).orElseThrow();

        assertThat(get.safe()).isTrue();
        assertThat(Remedies.of(p.topology(), roll, get, STEP)).isEmpty();
    }
}
