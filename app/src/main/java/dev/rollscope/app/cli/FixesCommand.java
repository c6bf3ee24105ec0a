package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.Checks;
import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.Provenance;
import dev.rollscope.model.importing.ProvenanceFile;
import dev.rollscope.model.importing.SourceFiles;
import dev.rollscope.model.importing.fix.ConfigChange;
import dev.rollscope.model.importing.fix.ConfigFixes;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.sim.SimulationResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rollscope fixes FILE [--scenario NAME]}: every fix that {@code check} would name (for a
 * failed request or a static finding), written as the change to the configuration: an nginx
 * directive, a YAML patch, a {@code kong.conf} line or a {@code gcloud} command, and a unified diff
 * of the imported file when the setting came from one ({@code FILE.json.imports}). Exit 0 when
 * nothing needs fixing, 1 when fixes were printed, 2 on a bad file.
 */
@Command(name = "fixes")
final class FixesCommand extends ProjectCommand {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioRuns runs;

    @Override
    protected int run(Project project, PrintWriter out) {
        Provenance provenance;
        try {
            provenance = ProvenanceFile.read(file());
        } catch (ImportException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.INVALID;
        }
        Map<SettingChange, String> fixes = collect(project, runs.run(project, spec.commandLine()));
        SourceFiles files = new SourceFiles(file().toAbsolutePath().getParent());
        for (Map.Entry<SettingChange, String> e : fixes.entrySet()) {
            ConfigChange c = ConfigFixes.render(e.getKey(), project.topology(), provenance, files);
            out.println(text("fixes.fix", e.getKey(), e.getValue(), c.syntax().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '.'), c.where()));
            out.print(c.text());
            out.println();
        }
        out.println(fixes.isEmpty() ? text("fixes.none", file()) : text("fixes.count", file(), fixes.size()));
        return fixes.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURES;
    }

    /** Each distinct fix, with the first request or check that asks for it. */
    private static Map<SettingChange, String> collect(Project project, List<SimulationResult> results) {
        Map<SettingChange, String> fixes = new LinkedHashMap<>();
        for (SimulationResult r : results) {
            for (Outcome o : r.outcomes()) {
                if (!o.ok()) {
                    o.failure().fixes().forEach(f -> fixes.putIfAbsent(f, r.scenario().name() + " / " + o.requestId()));
                }
            }
            for (Finding f : Checks.run(project.topology(), r.scenario())) {
                f.fixes().forEach(c -> fixes.putIfAbsent(c, f.check()));
            }
        }
        return fixes;
    }
}
