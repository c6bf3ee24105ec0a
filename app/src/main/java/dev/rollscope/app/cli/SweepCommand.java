package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.units.TimeSpan;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rollscope sweep FILE --scenario NAME --request ID [--step 100ms] [--json] [--lang zh]}:
 * the danger windows of one request across the scenario's disruption. Exit 0 when there is none,
 * 1 when there is one or more, 2 on a bad file or command line.
 */
@Command(name = "sweep")
final class SweepCommand extends ProjectCommand {

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME", required = true, descriptionKey = "sweep.scenario")
    private String scenario;

    @Option(names = "--request", paramLabel = "ID", required = true, descriptionKey = "sweep.request")
    private String request;

    @Option(names = "--step", paramLabel = "TIME", defaultValue = "100ms", descriptionKey = "sweep.step")
    private String step;

    @Option(names = "--json", descriptionKey = "sweep.json")
    private boolean json;

    @Mixin
    private LanguageOption language;

    @Override
    protected int run(Project project, PrintWriter out) {
        SweepResult r = sweep(project);
        if (json) {
            out.print(SweepJson.of(file().toString(), scenario, r, language.locale()));
        } else {
            print(r, out);
        }
        return r.windows().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURES;
    }

    private SweepResult sweep(Project project) {
        Scenario s = project.scenarios().stream().filter(x -> x.name().equals(scenario)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "no scenario \"" + scenario
                        + "\" in the file; it has: "
                        + project.scenarios().stream().map(Scenario::name).collect(Collectors.joining(", "))));
        try {
            return Sweep.run(project.topology(), s, request, TimeSpan.parse(step));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, step);
        }
    }

    private void print(SweepResult r, PrintWriter out) {
        String disruption = r.disruptionText(language.locale());
        out.println(text("sweep.range", request, scenario, TimeSpan.ofMillis(r.step()).toHuman(), r.points().size(),
                offset(r.firstOffset()), offset(r.lastOffset()), disruption));
        if (r.windows().isEmpty()) {
            out.println(text("sweep.none", request));
        }
        for (DangerWindow w : r.windows()) {
            out.println(text("sweep.window", w.text(request, disruption, language.locale()),
                    Explanation.of(w.failure(), language.locale()).fix()));
        }
    }

    private static String offset(long ms) {
        return (ms < 0 ? "-" : "") + TimeSpan.ofMillis(Math.abs(ms)).toHuman();
    }
}
