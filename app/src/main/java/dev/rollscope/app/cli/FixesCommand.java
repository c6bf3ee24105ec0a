package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.Checks;
import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.analysis.remedy.Remedies;
import dev.rollscope.model.analysis.remedy.RemedyAnswer;
import dev.rollscope.model.analysis.safety.RequestSafety;
import dev.rollscope.model.analysis.safety.SafetySearch;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.Provenance;
import dev.rollscope.model.importing.ProvenanceFile;
import dev.rollscope.model.importing.SourceFiles;
import dev.rollscope.model.importing.fix.ConfigChange;
import dev.rollscope.model.importing.fix.ConfigFixes;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.units.TimeSpan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rollscope fixes FILE [--scenario NAME] [--step TIME] [--lang zh]}: every change of the fix plans that
 * {@code check}'s danger search has verified, those of the plans a remedy still needs (a blue/green
 * switch instead of a roll, as {@code check} prints them), and every fix of a static check's error or warning,
 * written as the change to the configuration: an nginx directive, a YAML patch, a {@code kong.conf}
 * line or a {@code gcloud} command, and a unified diff of the imported file when the setting came
 * from one ({@code FILE.json.imports}). A request type in danger with no verified plan, or a
 * scenario too large to search, is named, with no change. Exit 0 when nothing needs fixing, 1 when
 * something does, 2 on a bad file.
 */
@Command(name = "fixes")
final class FixesCommand extends ProjectCommand {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioRuns runs;

    @Mixin
    private SearchStep step;

    @Mixin
    private LanguageOption language;

    @Override
    protected int run(Project project, PrintWriter out) {
        Provenance provenance;
        try {
            provenance = ProvenanceFile.read(file());
        } catch (ImportException e) {
            spec.commandLine().getErr().println(e.message(language.locale()));
            return ExitCodes.INVALID;
        }
        List<String> unfixed = new ArrayList<>();
        Map<SettingChange, String> fixes = collect(project, runs.run(project, spec.commandLine()),
                step.value(spec.commandLine()), unfixed);
        SourceFiles files = new SourceFiles(file().toAbsolutePath().getParent());
        for (Map.Entry<SettingChange, String> e : fixes.entrySet()) {
            ConfigChange c = ConfigFixes.render(e.getKey(), project.topology(), provenance, files, language.locale());
            out.println(text("fixes.fix", e.getKey(), e.getValue(), c.syntax().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '.'), c.where()));
            out.print(c.text());
            out.println();
        }
        unfixed.forEach(out::println);
        out.println(fixes.isEmpty() && unfixed.isEmpty() ? text("fixes.none", file())
                : text("fixes.count", file(), fixes.size(), unfixed.size()));
        return fixes.isEmpty() && unfixed.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURES;
    }

    /**
     * Each distinct change, with the first request type or check that asks for it: the changes of
     * every verified plan of the danger search and of each remedy's verified plan (named with the
     * remedy, which they need), then the static checks' fixes. What needs fixing but
     * has no verified change goes to {@code unfixed}, as a line.
     */
    private Map<SettingChange, String> collect(Project project, List<SimulationResult> results, TimeSpan grid,
                                               List<String> unfixed) {
        Map<SettingChange, String> fixes = new LinkedHashMap<>();
        for (SimulationResult r : results) {
            String scenario = r.scenario().name();
            if (!SafetySearch.searchable(project.topology(), r.scenario(), grid)) {
                unfixed.add(text("fixes.unsearched", scenario, SafetySearch.MAX_EVENTS));
                continue;
            }
            for (RequestSafety s : SafetySearch.of(project.topology(), r.scenario(), grid)) {
                if (s.safe()) {
                    continue;
                }
                if (s.plan().verified()) {
                    s.plan().changes().forEach(c -> fixes.putIfAbsent(c, scenario + " / " + s.requestId()));
                } else {
                    unfixed.add(text("fixes.noPlan", scenario, s.requestId()));
                }
                for (RemedyAnswer a : Remedies.of(project.topology(), r.scenario(), s, grid)) {
                    if (!a.after().safe() && a.after().plan().verified()) {
                        String with = text("fixes.remedy", scenario, s.requestId(),
                                a.remedy().replacedText(language.locale()), a.remedy().text(language.locale()));
                        a.after().plan().changes().forEach(c -> fixes.putIfAbsent(c, with));
                    }
                }
            }
            for (Finding f : Checks.run(project.topology(), r.scenario())) {
                f.fixes().forEach(c -> fixes.putIfAbsent(c, f.check()));
            }
        }
        return fixes;
    }
}
