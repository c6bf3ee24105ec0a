package dev.rollscope.model.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.Examples;
import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.story.ThousandRequests;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Simulator;
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
                "### Why POST-50MB failed", "`A.proxy.clientMaxBodySize → 50MB`", "## Findings (");
    }

    @Test
    void diagramsAreInMermaidFencesFailedRequestFirst() {
        String md = report("abcd-defaults", "roll D", ExportOptions.defaults());

        assertThat(md).contains("```mermaid\nsequenceDiagram\n    title Scenario “roll D”");
        assertThat(md.indexOf("### Request POST-50MB")).isLessThan(md.indexOf("### Request GET"));
        assertThat(md.split("```mermaid", -1)).hasSize(5);
    }

    /**
     * D.2 exits at once at 20 s (offset 10 s): a 2 kB POST sent 100 ms before is on it. (Whether a
     * POST sent just before D.1's exit at 30 s is on D.1 hangs on kube-proxy's random pick.)
     */
    @Test
    void sweepFindsTheDangerWindowsOfThePostWithTheirFix() {
        String md = report("kong-service-pods", "GET during pod replacement", ExportOptions.defaults());

        assertThat(md).contains("## Danger windows (sweep)", "No danger window: GET-after survives at every offset.",
                "POST-in-flight fails with 502 at D (STOPPED\\_AT\\_ONCE) when it starts between 9.9 s and 9.9 s "
                        + "after the roll of D begins<br>Fix: Make D stop gracefully");
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
        assertThat(md.split("Sweep of ", -1)).hasSize(3);
        assertThat(md).contains("Sweep of GET-0:", "Sweep of POST-1:");
    }

    @Test
    void aSmallScenarioIsSweptRequestByRequestAsItIs() {
        String md = report("abcd-defaults", "roll D", ExportOptions.defaults());

        assertThat(md).doesNotContain("kinds").contains("Sweep of GET:", "Sweep of POST-50MB:");
    }
}
