package dev.rollscope.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.mermaid.MermaidSamples;
import dev.rollscope.model.export.mermaid.MermaidValidator;
import dev.rollscope.model.export.mermaid.ParsedDiagram;
import dev.rollscope.model.export.report.MarkdownReport;
import dev.rollscope.model.export.story.RequestDiagram;
import dev.rollscope.model.export.story.ScenarioDiagram;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.InstanceInfo;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEventType;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.Topology;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Truth over random chains and scenarios (and every example), read back from the real Mermaid
 * parser: in a request's diagram every arrow's time lies within the request's [start, end] and no
 * note (past the scenario's own first line) states a time after its end; the verdict names the
 * outcome's hop, instance and failure time; every cut is drawn from the hop of the instance that
 * cut; the scenario diagram draws each failure's answer from the station that gave it; the
 * report's verdict table has each request's start, end and place of failure.
 */
class TruthPropertyTest {

    private static final long SEED = 20_261_204L;
    private static final int PROJECTS = 60;
    private static final Pattern TIME = Pattern.compile("(?<![\\w-])t=(\\d+(?:\\.\\d+)?)s");
    private static final Pattern CUT_AT = Pattern.compile("(?:connection cut at |连接在 )(\\S+?)(?::| 被切断)");
    private static final Pattern VERDICT_ROW = Pattern.compile(
            "^\\| `([^`]+)` \\| \\w+ \\| t=([\\d.]+)s \\| t=([\\d.]+)s \\| [^|]+ \\| [^|]+ \\| (?:`([^`]*)`)? ?\\|",
            Pattern.MULTILINE);

    private record Case(String id, SimulationResult result, int request) {
    }

    private final Map<String, String> diagrams = new LinkedHashMap<>();
    private final List<Case> requests = new ArrayList<>();
    private final List<Case> scenarios = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @Test
    void everyTimeEveryFailureAndEveryParticipantIsTrue() {
        RandomProjects random = new RandomProjects(SEED);
        for (int i = 0; i < PROJECTS; i++) {
            Topology t = random.topology();
            add("random-" + i, Simulator.run(t, random.scenario(t)), random.coin());
        }
        Examples.all().forEach((name, project) -> addAll(name, project));
        MermaidSamples.write("truth", diagrams);

        Map<String, ParsedDiagram> parsed = MermaidValidator.validate(diagrams);
        requests.forEach(c -> checkRequest(c, parsed.get(c.id())));
        scenarios.forEach(c -> checkScenario(c, parsed.get(c.id())));

        assertThat(problems).as("seed %d", SEED).isEmpty();
        assertThat(requests).hasSizeGreaterThan(PROJECTS * 2);
    }

    private void addAll(String name, Project project) {
        for (Scenario s : project.scenarios()) {
            add(name + "." + Examples.slug(s.name()), Simulator.run(project.topology(), s), false);
        }
    }

    private void add(String id, SimulationResult r, boolean zh) {
        ExportOptions o = ExportOptions.defaults().withLocale(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        for (int q = 0; q < r.requests().size(); q++) {
            Case c = new Case(id + ".request-" + q, r, q);
            diagrams.put(c.id(), RequestDiagram.of(r, q, o));
            requests.add(c);
        }
        Case s = new Case(id + ".scenario", r, -1);
        diagrams.put(s.id(), ScenarioDiagram.of(r, o));
        scenarios.add(s);
        checkReport(id, r, MarkdownReport.of(r, ExportOptions.defaults()));
    }

    private void checkRequest(Case c, ParsedDiagram d) {
        if (d == null || !d.ok()) {
            problems.add(c.id() + " does not parse: " + (d == null ? "no result" : d.error()));
            return;
        }
        Outcome o = c.result().outcomes().get(c.request());
        long from = Math.min(o.start(), firstDisruption(c.result()));
        List<ParsedDiagram.Message> notes = d.messages().stream().filter(m -> "NOTE".equals(m.type())).toList();
        for (ParsedDiagram.Message m : d.messages()) {
            if (m.text() == null || m == notes.get(0)) {
                continue;
            }
            boolean arrow = !"NOTE".equals(m.type());
            for (long time : times(m.text())) {
                if (time > o.end() || time < (arrow ? o.start() : from)) {
                    problems.add(c.id() + ": " + (arrow ? "arrow" : "note") + " at " + time + " ms outside ["
                            + (arrow ? o.start() : from) + ", " + o.end() + "]: " + m.text());
                }
            }
            checkCut(c, m);
        }
        checkVerdict(c, o, notes.get(notes.size() - 1), d);
    }

    /** A cut is drawn from a participant of the hop whose instance cut. */
    private void checkCut(Case c, ParsedDiagram.Message m) {
        Matcher cut = CUT_AT.matcher(m.text());
        if ("NOTE".equals(m.type()) || !cut.find()) {
            return;
        }
        String hop = hopOfInstance(c.result(), cut.group(1));
        if (hop == null || !(m.from().equals(hop) || m.from().startsWith(hop + "_v"))) {
            problems.add(c.id() + ": cut at " + cut.group(1) + " (hop " + hop + ") drawn from " + m.from());
        }
    }

    private void checkVerdict(Case c, Outcome o, ParsedDiagram.Message verdict, ParsedDiagram d) {
        List<ParsedDiagram.Message> toClient = d.messages().stream()
                .filter(m -> "client".equals(m.to()) && m.text() != null).toList();
        boolean crossed = !toClient.isEmpty() && toClient.get(toClient.size() - 1).type().endsWith("CROSS");
        if (crossed == o.ok()) {
            problems.add(c.id() + ": the last answer to the client is " + (crossed ? "" : "not ")
                    + "crossed, but the request " + (o.ok() ? "succeeded" : "failed"));
        }
        if (o.ok()) {
            return;
        }
        String where = o.failure().instance().isEmpty() ? o.failure().hop()
                : o.failure().hop() + (verdict.text().contains("（") ? "（" : " (") + o.failure().instance();
        String at = "t=" + seconds(o.failure().time()) + "s";
        if (!verdict.text().contains(where) || !verdict.text().contains(at) || o.failure().time() > o.end()
                || o.failure().time() < o.start()) {
            problems.add(c.id() + ": verdict does not name " + where + " at " + at + ": " + verdict.text());
        }
    }

    /** Each failed request's answer comes back to the client from the station that gave it. */
    private void checkScenario(Case c, ParsedDiagram d) {
        if (d == null || !d.ok()) {
            problems.add(c.id() + " does not parse: " + (d == null ? "no result" : d.error()));
            return;
        }
        List<String> drawn = d.messages().stream()
                .filter(m -> "client".equals(m.to()) && m.type().endsWith("CROSS")).map(ParsedDiagram.Message::from)
                .sorted().toList();
        List<String> expected = c.result().outcomes().stream().filter(o -> !o.ok())
                .map(o -> o.failure().answeredBy().endsWith("/front")
                        ? "gfe_" + o.failure().answeredBy().replace("/front", "") : o.failure().answeredBy())
                .sorted().toList();
        if (c.result().outcomes().size() <= 30 && !drawn.equals(expected)) {
            problems.add(c.id() + ": failures answered by " + drawn + ", expected " + expected);
        }
    }

    private void checkReport(String id, SimulationResult r, String report) {
        Map<String, Outcome> byId = r.outcomes().stream()
                .collect(Collectors.toMap(Outcome::requestId, o -> o, (a, b) -> a));
        Matcher row = VERDICT_ROW.matcher(report);
        int rows = 0;
        while (row.find()) {
            rows++;
            Outcome o = byId.get(row.group(1));
            long start = millis(row.group(2));
            long end = millis(row.group(3));
            String where = o == null || o.ok() ? null
                    : o.failure().instance().isEmpty() ? o.failure().hop() : o.failure().instance();
            if (o == null || start != o.start() || end != o.end()
                    || where != null && !where.equals(row.group(4))) {
                problems.add(id + ": report row " + row.group() + " does not match " + o);
            }
        }
        if (rows == 0) {
            problems.add(id + ": report has no verdict rows");
        }
    }

    private static long firstDisruption(SimulationResult r) {
        return r.trace().events().stream().filter(e -> e.type() == TraceEventType.DISRUPTION_STARTED)
                .mapToLong(e -> e.time()).min().orElse(Long.MAX_VALUE);
    }

    private static String hopOfInstance(SimulationResult r, String instance) {
        for (InstanceInfo info : r.instances()) {
            if (info.id().equals(instance)) {
                return r.topology().hops().get(info.hop()).id();
            }
        }
        return null;
    }

    private static List<Long> times(String text) {
        List<Long> times = new ArrayList<>();
        Matcher m = TIME.matcher(text);
        while (m.find()) {
            times.add(millis(m.group(1)));
        }
        return times;
    }

    private static long millis(String seconds) {
        return new BigDecimal(seconds).movePointRight(3).longValueExact();
    }

    private static String seconds(long millis) {
        BigDecimal s = BigDecimal.valueOf(millis, 3).stripTrailingZeros();
        return (s.scale() < 1 ? s.setScale(1) : s).toPlainString();
    }
}
