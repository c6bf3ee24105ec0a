package dev.rollscope.model.export.report;

import dev.rollscope.model.analysis.remedy.Remedies;
import dev.rollscope.model.analysis.remedy.RemedyAnswer;
import dev.rollscope.model.analysis.safety.RequestSafety;
import dev.rollscope.model.analysis.safety.RequestTypes;
import dev.rollscope.model.analysis.safety.RequestTypes.RequestType;
import dev.rollscope.model.analysis.safety.SafetySearch;
import dev.rollscope.model.analysis.sweep.PauseAssumption;
import dev.rollscope.model.analysis.sweep.RouteSearch;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.Times;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The danger search of every request type ({@link SafetySearch}: each of the scenario's requests,
 * or in a big scenario each kind of request, which the section says, and each traffic-mix entry),
 * sent at every start offset one {@link #STEP} apart and on every route, the windows where it
 * fails, and the fix plan the search verified.
 */
final class SweepSection {

    static final TimeSpan STEP = SafetySearch.DEFAULT_STEP;
    /** A report searches at most this many start offsets per request type (a longer step for a long rollout). */
    static final int MAX_OFFSETS = 2_000;

    private SweepSection() {
    }

    static void write(Markdown md, ExportTexts t, SimulationResult r) {
        md.heading(2, t.get("report.sweep"));
        if (!Sweep.disrupts(r.scenario())) {
            md.paragraph(t.get("report.sweep.none"));
            writeRouted(md, t, r);
            return;
        }
        List<RequestType> types = RequestTypes.of(r.scenario());
        if (r.scenario().requests().size() > RequestTypes.EACH_UP_TO) {
            List<RequestType> own = types.stream().filter(k -> k.count() > 0).toList();
            md.paragraph(t.get("report.sweep.kinds", String.valueOf(r.scenario().requests().size()),
                    String.valueOf(own.size()), String.valueOf(own.size()), own.stream()
                            .map(k -> t.get("report.sweep.kind", k.id(), String.valueOf(k.count())))
                            .collect(Collectors.joining(t.get("report.sweep.kindSeparator")))));
        }
        if (!SafetySearch.searchable(r.topology(), r.scenario(), STEP)) {
            md.paragraph(t.get("report.unsearched"));
            return;
        }
        for (RequestSafety safety : SafetySearch.of(r.topology(), r.scenario(), STEP, MAX_OFFSETS)) {
            SweepResult s = safety.found().sweep();
            String id = safety.requestId();
            String disruption = s.disruptionText(t.locale());
            md.paragraph(t.get("report.sweep.range", id, Times.span(safety.step().millis()), String.valueOf(s.points().size()),
                    offset(s.firstOffset()), offset(s.lastOffset()), disruption));
            if (s.safe()) {
                md.paragraph(safe(t, types.stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow()));
                continue;
            }
            if (safety.found().unfinished()) {
                md.paragraph(Markdown.inline(safety.found().unfinishedText(t.locale())));
                continue;
            }
            List<String> lines = new ArrayList<>();
            s.regardlessText(t.locale()).ifPresent(lines::add);
            s.windows().forEach(w -> lines.add(w.text(id, disruption, t.locale())));
            md.raw(lines.stream().map(l -> "- " + Markdown.inline(l)).collect(Collectors.joining("\n")));
            VerdictSection.writePlan(md, t, safety.plan());
            writeRemedies(md, t, Remedies.of(r.topology(), r.scenario(), safety, STEP, MAX_OFFSETS));
        }
    }

    /**
     * "No danger window" for a request type; for a GCS upload also the assumption its retries rest on
     * ({@link PauseAssumption}).
     */
    private static String safe(ExportTexts t, RequestType type) {
        return PauseAssumption.noDanger(type.scenario().request(type.id()).orElseThrow(), t.locale());
    }

    /**
     * With nothing disrupted, the request types that keep state on one instance (a resumable upload on
     * its pod's own storage), whose route the search walked ({@link Sweep#calm}): how many routes,
     * and what fails on them with the plan and remedies, as for a danger window; a walk cut off at
     * its cap with nothing failing is said to be not fully searched (never "every route"). Types that keep no
     * state are their one simulation, shown in the verdicts.
     */
    private static void writeRouted(Markdown md, ExportTexts t, SimulationResult r) {
        List<RequestType> stateful = RequestTypes.of(r.scenario()).stream()
                .filter(k -> k.scenario().request(k.id()).filter(RouteSearch::keepsState).isPresent()).toList();
        if (stateful.isEmpty()) {
            return;
        }
        if (!SafetySearch.searchable(r.topology(), r.scenario(), STEP)) {
            md.paragraph(t.get("report.unsearched"));
            return;
        }
        for (RequestType type : stateful) {
            RequestSafety safety = SafetySearch.of(r.topology(), r.scenario(), type.id(), STEP, MAX_OFFSETS).orElseThrow();
            if (safety.found().unfinished()) {
                md.paragraph(Markdown.inline(safety.found().unfinishedText(t.locale())));
                continue;
            }
            md.paragraph(t.get("report.sweep.routed", type.id(), String.valueOf(safety.found().calm().routes().size())));
            if (safety.safe()) {
                md.paragraph(safe(t, type));
                continue;
            }
            md.raw("- " + Markdown.inline(safety.found().routedText(t.locale())));
            VerdictSection.writePlan(md, t, safety.plan());
            writeRemedies(md, t, Remedies.of(r.topology(), r.scenario(), safety, STEP, MAX_OFFSETS));
        }
    }

    /** "**Remedies** …", one item per remedy tried: its plan's steps as a list under it, then the plan's verdict. */
    private static void writeRemedies(Markdown md, ExportTexts t, List<RemedyAnswer> remedies) {
        if (remedies.isEmpty()) {
            return;
        }
        String items = remedies.stream().map(a -> a.lines(t.locale())).map(lines -> {
            List<String> in = lines.stream().map(Markdown::inline).toList();
            return "- " + (in.size() == 1 ? in.get(0)
                    : String.join("\n", in.subList(0, in.size() - 1)) + "\n\n" + in.get(in.size() - 1));
        }).collect(Collectors.joining("\n"));
        md.raw("**" + t.get("report.remedies") + "**\n\n" + items);
    }

    private static String offset(long millis) {
        return (millis < 0 ? "-" : "") + Times.span(Math.abs(millis));
    }
}
