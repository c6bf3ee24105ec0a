package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.Checks;
import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.analysis.Severity;
import dev.rollscope.model.analysis.remedy.Remedies;
import dev.rollscope.model.analysis.remedy.RemedyAnswer;
import dev.rollscope.model.analysis.safety.RequestSafety;
import dev.rollscope.model.analysis.safety.RequestTypes;
import dev.rollscope.model.analysis.safety.SafetySearch;
import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.PauseAssumption;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.WorkEstimate;
import dev.rollscope.model.units.TimeSpan;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rollscope check FILE}: exit 0 only when every request type of every scenario survives at
 * every start offset and routing choice (the danger search, walked in full: a route walk cut off
 * at its cap is printed NOT FULLY SEARCHED and exits 1), every request of every scenario's
 * simulation survives, and no static check finds an error; 1 with each danger, its window, instance
 * and cause, and a fix plan the search has verified; 2 when the file is bad. Meant for CI.
 * {@code --fast} simulates the scenarios only, and then prints no fix, since none is verified.
 */
@Command(name = "check")
final class CheckCommand extends ProjectCommand {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioRuns runs;

    @Mixin
    private LanguageOption language;

    @Option(names = "--fast", descriptionKey = "check.fast")
    private boolean fast;

    @Mixin
    private SearchStep step;

    @Override
    protected int run(Project project, PrintWriter out) {
        TimeSpan grid = step.value(spec.commandLine());
        List<SimulationResult> results = runs.run(project, spec.commandLine());
        long failed = 0;
        long dangers = 0;
        long types = 0;
        long unsearched = 0;
        long unfinished = 0;
        for (SimulationResult r : results) {
            Map<String, RequestSafety> safety = new LinkedHashMap<>();
            if (!fast && searchable(project, r, grid, out)) {
                SafetySearch.of(project.topology(), r.scenario(), grid).forEach(s -> safety.put(s.requestId(), s));
            } else if (!fast) {
                unsearched++;
            }
            types += safety.size();
            safety.values().stream().filter(x -> !x.step().equals(grid)).forEach(x -> out.println(text("check.widened",
                    r.scenario().name(), x.requestId(), x.step().toHuman(), grid.toHuman(), Sweep.MAX_OFFSETS)));
            failed += printFailures(r, safety, out);
            dangers += printDangers(project, r, safety, grid, out);
            unfinished += printUnfinished(r, safety, out);
        }
        long errors = printFindings(project, results, out);
        long total = results.stream().mapToLong(r -> r.requests().size()).sum();
        boolean proven = unsearched == 0 && unfinished == 0;
        if (failed == 0 && dangers == 0 && proven) {
            out.println(fast ? text("check.ok", file(), total, results.size())
                    : text("check.safe", file(), total, results.size(), types, grid.toHuman()));
            printAssumptions(results, out);
        } else if (failed > 0 || dangers > 0 || unsearched > 0) {
            out.println(text("check.failed", file(), failed, total, dangers));
        }
        if (unfinished > 0) {
            out.println(text("check.unfinished.count", file(), unfinished));
        }
        if (errors > 0) {
            out.println(text("check.errors", file(), errors));
        }
        return failed == 0 && dangers == 0 && errors == 0 && proven ? ExitCodes.OK : ExitCodes.FAILURES;
    }

    /**
     * Under "safe" or "every request survives", the assumption that claim rests on for each GCS
     * upload among the request types ({@link PauseAssumption}), one line each.
     */
    private void printAssumptions(List<SimulationResult> results, PrintWriter out) {
        results.stream().flatMap(r -> RequestTypes.of(r.scenario()).stream())
                .flatMap(t -> PauseAssumption.of(t.scenario().request(t.id()).orElseThrow(), language.locale()).stream())
                .map(String::strip).distinct().forEach(line -> out.println("  " + line));
    }

    /**
     * True when the scenario's danger search fits {@link SafetySearch#MAX_EVENTS}; otherwise says so: a
     * search that cannot run proves nothing, and the command does not exit 0.
     */
    private boolean searchable(Project project, SimulationResult r, TimeSpan grid, PrintWriter out) {
        long least = SafetySearch.leastEvents(project.topology(), r.scenario(), grid);
        if (least <= SafetySearch.MAX_EVENTS) {
            return true;
        }
        long perRun = WorkEstimate.of(project.topology(), r.scenario(), SimulationOptions.outcomesOnly()).events();
        out.println(text("check.unsearched", r.scenario().name(), String.format(Locale.ROOT, "%,d", least),
                String.format(Locale.ROOT, "%,d", perRun), String.format(Locale.ROOT, "%,d", SafetySearch.MAX_EVENTS)));
        return false;
    }

    /** Prints each request of the scenario's simulation that failed, with its type's plan; returns how many. */
    private long printFailures(SimulationResult r, Map<String, RequestSafety> safety, PrintWriter out) {
        long failed = 0;
        for (Outcome o : r.outcomes()) {
            if (!o.ok()) {
                failed++;
                Explanation x = Explanation.of(o.failure(), language.locale());
                out.println(text("check.failure", r.scenario().name(), o.requestId(), o.statusText(), x.summary()));
                RequestSafety s = safety.get(RequestTypes.typeOf(r.scenario(), o.requestId()));
                if (!o.failure().cause().settingsCanSave()) {
                    out.println("  " + x.fix());
                } else if (fast) {
                    out.println(text("check.fast.noplan"));
                } else if (s == null || s.safe()) {
                    out.println(text("check.unreproduced", step.value(spec.commandLine()).toHuman()));
                } else if (s.found().sweep() != null || s.found().routed()) {
                    out.println(text("check.see.danger", s.requestId()));
                } else {
                    printPlan(s, out);
                }
            }
        }
        return failed;
    }

    /**
     * Prints every danger the search found, each with its plan and remedies; returns how many request
     * types have one. In a scenario that disrupts nothing, the search of a request that keeps no
     * state is its simulation, whose failures are printed already; one that keeps state on an
     * instance (a resumable upload on its pod) is searched on every route, and may fail on one the
     * simulation did not take.
     */
    private long printDangers(Project project, SimulationResult r, Map<String, RequestSafety> safety, TimeSpan grid,
                              PrintWriter out) {
        long dangers = 0;
        for (RequestSafety s : safety.values()) {
            SweepResult sweep = s.found().sweep();
            if (s.safe() || s.found().unfinished() || sweep == null && !s.found().routed()) {
                continue;
            }
            dangers++;
            if (sweep == null) {
                out.println(text("check.danger", r.scenario().name(), s.requestId(),
                        s.found().routedText(language.locale())));
                printPlan(s, out);
                printRemedies(Remedies.of(project.topology(), r.scenario(), s, grid), s, out);
                continue;
            }
            String disruption = sweep.disruptionText(language.locale());
            sweep.regardlessText(language.locale())
                    .ifPresent(t -> out.println(text("check.danger", r.scenario().name(), s.requestId(), t)));
            for (DangerWindow w : sweep.windows()) {
                out.println(text("check.danger", r.scenario().name(), s.requestId(),
                        w.text(s.requestId(), disruption, language.locale())));
            }
            printPlan(s, out);
            printRemedies(Remedies.of(project.topology(), r.scenario(), s, grid), s, out);
        }
        return dangers;
    }

    /**
     * Prints each request type whose search found nothing failing but stopped its route walk at the
     * cap with routes left: not fully searched, so never called safe. Returns how many.
     */
    private long printUnfinished(SimulationResult r, Map<String, RequestSafety> safety, PrintWriter out) {
        List<RequestSafety> unfinished = safety.values().stream().filter(s -> s.found().unfinished()).toList();
        unfinished.forEach(s -> out.println(text("check.unfinished", r.scenario().name(), s.requestId(),
                s.found().unfinishedText(language.locale()))));
        return unfinished.size();
    }

    /** The remedies tried (a blue/green switch instead of a roll, a resumable upload, session affinity), each searched. */
    private void printRemedies(List<RemedyAnswer> remedies, RequestSafety s, PrintWriter out) {
        if (remedies.isEmpty()) {
            return;
        }
        out.println(text("check.remedies", s.requestId()));
        for (RemedyAnswer a : remedies) {
            for (String line : a.lines(language.locale())) {
                out.println("    " + line);
            }
        }
    }

    private void printPlan(RequestSafety s, PrintWriter out) {
        out.println(text("check.plan", s.requestId()));
        for (String line : s.plan().lines(language.locale())) {
            out.println("    " + line);
        }
    }

    /**
     * Prints the errors the static checks find for each scenario, then the warnings once each
     * (a warning about a hop a scenario does not disrupt holds for every scenario); returns how
     * many errors.
     */
    private long printFindings(Project project, List<SimulationResult> results, PrintWriter out) {
        long errors = 0;
        Set<String> warnings = new LinkedHashSet<>();
        for (SimulationResult r : results) {
            for (Finding f : Checks.run(project.topology(), r.scenario())) {
                String message = f.message(language.locale());
                String fix = f.fixText(language.locale());
                if (f.severity() == Severity.ERROR) {
                    errors++;
                    out.println(text("check.error", r.scenario().name(), f.hop(), f.check(), message, fix));
                } else {
                    warnings.add(text("check.warning", f.severity().name(), f.hop(), f.check(), message, fix));
                }
            }
        }
        warnings.forEach(out::println);
        return errors;
    }
}
