package dev.rollscope.model.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.Examples;
import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.story.ThousandRequests;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private static String report(String example, String scenario, ExportOptions options) {
        Project p = Examples.read(example);
        SimulationResult r = Simulator.run(p.topology(), p.scenario(scenario).orElseThrow());
        return MarkdownReport.of(r, options);
    }

    @Test
    void listsEveryChangedSettingWithItsDefault() {
        String md = report("abcd-zero-downtime", "roll D", ExportOptions.defaults());

        assertThat(md).contains("| `A` | Maximum body size | `proxy.clientMaxBodySize` | `100MB` | `1MiB` |",
                "| `D` | preStop sleep | `lifecycle.preStopSleep` | `10s` | `0s` |");
        assertThat(md).doesNotContain("`proxy.clientBodyTimeout`");
    }

    @Test
    void chainAtDefaultsSaysSoInsteadOfAnEmptyTable() {
        assertThat(report("abcd-defaults", "roll D", ExportOptions.defaults()))
                .contains("Every setting is at its default.");
    }

    @Test
    void failedRequestIsExplainedWithItsFixAndFindingsFollow() {
        String md = report("abcd-defaults", "roll D", ExportOptions.defaults());

        assertThat(md).contains("## Verdicts: 2 requests, 1 failed",
                "| `POST-50MB` | POST | t=9.0s | t=9.0s | 413 | **FAILED** | `A.1` | body over the limit |",
                "### Why POST-50MB failed", "**Fix plan (the danger search run again after each step):**",
                "(A.proxy.clientMaxBodySize → 50MB)", "Verified: with these changes it survives", "## Findings (");
    }

    @Test
    void oneRequestIsCountedInTheSingular() {
        String md = report("failure-drain-off", "roll A", ExportOptions.defaults());

        assertThat(md).contains("## Verdicts: 1 request, 1 failed\n", "title Scenario “roll A”: 1 request, 1 failed")
                .doesNotContain("1 requests");
    }

    @Test
    void diagramsAreInMermaidFencesFailedRequestFirst() {
        String md = report("abcd-defaults", "roll D", ExportOptions.defaults());

        assertThat(md).contains("```mermaid\nsequenceDiagram\n    title Scenario “roll D”");
        assertThat(md.indexOf("### Request POST-50MB")).isLessThan(md.indexOf("### Request GET"));
        assertThat(md.split("```mermaid", -1)).hasSize(5);
    }

    /**
     * D.3 is ready at offset 10 s, when D.2 is deleted and exits at once (no preStop, no handler);
     * kube-proxy lists D.2 for 1 s more, until offset 11 s. A 2 kB POST sent at offset 9.9 s is
     * still processing on D.2 (100 ms) when it exits: cut (STOPPED_AT_ONCE, a one-offset window at
     * 100 ms steps). From 10.0 s to 10.9 s each connection may be picked to the exited D.2 and
     * refused; nothing was sent, so Kong retries even the POST, 5 times, each a fresh pick by
     * kube-proxy: on the route that picks D.2 every time, 502 (ROUTED_TO_STOPPED). A GET sent at
     * 9.9 s is cut too and retried, and meets the same refusals. D.1 does the same from offset 20 s.
     */
    @Test
    void sweepFindsTheDangerWindowsOfThePostWithTheirFix() {
        String md = report("kong-service-pods", "GET during pod replacement", ExportOptions.defaults());

        assertThat(md).contains("## Danger windows (sweep)",
                "POST-in-flight fails with 502 at D (process exited at once) when it starts at 9.9 s "
                        + "after the roll of D begins and lands on D.2",
                "1. Make D stop gracefully on SIGTERM", "(D.lifecycle.preStopSleep → 1s)",
                "POST-in-flight fails with 502 at D (routed to a stopped instance) when it starts "
                        + "between 10 s and 10.9 s after the roll of D begins and lands on D.2",
                "POST-in-flight fails with 502 at D (process exited at once) when it starts at 19.9 s "
                        + "after the roll of D begins and lands on D.1",
                "GET-in-flight fails with 502 at D (routed to a stopped instance) when it starts "
                        + "between 9.9 s and 10.9 s after the roll of D begins and lands on D.2");
        assertThat(md).doesNotContain("No danger window");
    }

    @Test
    void chineseReportUsesChineseLabels() {
        String md = report("abcd-defaults", "roll D", ExportOptions.defaults().withLocale(Locale.SIMPLIFIED_CHINESE));

        assertThat(md).contains("## 拓扑", "所有设置都是默认值。", "## 结论：2 个请求，1 个失败", "**失败**", "### POST-50MB 为什么失败");
    }

    @Test
    void aThousandRequestsAreSweptByKindAndTheReportSaysSo() {
        // GET and 2 kB POST by turns: two kinds of 500 requests each, so two sweeps, not five of 1,000-request simulations.
        String md = MarkdownReport.of(ThousandRequests.simulate("roll D"), ExportOptions.defaults());

        assertThat(md).contains("1000 requests of 2 kinds (alike in method, sizes, bandwidths and processing): the first "
                + "of each kind is swept for its kind (2 sweeps), in simulations that hold only those 2 requests, not all "
                + "1000. GET-0 stands for 500; POST-1 stands for 500.");
        assertThat(md).contains("## Verdicts: 1000 requests, ");
        assertThat(md.split("Sweep of ", -1)).hasSize(3);
        assertThat(md).contains("Sweep of GET-0:", "Sweep of POST-1:");
    }

    @Test
    void aSmallScenarioIsSweptRequestByRequestAsItIs() {
        String md = report("abcd-defaults", "roll D", ExportOptions.defaults());

        assertThat(md).doesNotContain("kinds").contains("Sweep of GET:", "Sweep of POST-50MB:");
    }
}
