package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.PauseAssumption;
import dev.rollscope.model.analysis.safety.RequestSafety;
import dev.rollscope.model.analysis.safety.SafetySearch;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
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
 * the danger windows of one request across the scenario's disruption, at every start offset and
 * routing choice, and the fix plan the search verified. Exit 0 when the request is safe, 1 when it
 * has a window or fails regardless, 2 on a bad file or command line.
 */
@Command(name = "sweep")
final class SweepCommand extends ProjectCommand {

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME", required = true, descriptionKey = "sweep.scenario")
    private String scenario;

    @Option(names = "--request", paramLabel = "ID", required = true, descriptionKey = "sweep.request")
    private String request;

    @Mixin
    private SearchStep step;

    @Option(names = "--json", descriptionKey = "sweep.json")
    private boolean json;

    @Mixin
    private LanguageOption language;

    @Override
    protected int run(Project project, PrintWriter out) {
        Scenario s = project.scenarios().stream().filter(x -> x.name().equals(scenario)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "no scenario \"" + scenario
                        + "\" in the file; it has: "
                        + project.scenarios().stream().map(Scenario::name).collect(Collectors.joining(", "))));
        RequestSafety r = sweep(project, s);
        if (json) {
            SweepJson.write(out, file().toString(), scenario, s.request(request).orElseThrow(), r, language.locale());
        } else {
            print(r, s.request(request).orElseThrow(), out);
        }
        return r.safe() ? ExitCodes.OK : ExitCodes.FAILURES;
    }

    private RequestSafety sweep(Project project, Scenario s) {
        if (s.request(request).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "scenario \"" + scenario + "\" has no request \""
                    + request + "\"; it has: " + s.requests().stream().map(RequestSpec::id)
                    .collect(Collectors.joining(", ")));
        }
        if (!Sweep.disrupts(s)) {
            throw new ParameterException(spec.commandLine(), "scenario \"" + scenario
                    + "\" has no rollout, node upgrade or crash before its horizon to sweep across");
        }
        TimeSpan t = step.value(spec.commandLine());
        try {
            return SafetySearch.of(project.topology(), s, request, t).orElseThrow();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, t.toString());
        }
    }

    private void print(RequestSafety safety, RequestSpec swept, PrintWriter out) {
        SweepResult r = safety.found().sweep();
        String disruption = r.disruptionText(language.locale());
        out.println(text("sweep.range", request, scenario, TimeSpan.ofMillis(r.step()).toHuman(), r.points().size(),
                offset(r.firstOffset()), offset(r.lastOffset()), disruption, r.routesWalked()));
        if (r.safe()) {
            out.println(PauseAssumption.noDanger(swept, language.locale()));
        }
        r.regardlessText(language.locale()).ifPresent(t -> out.println(text("sweep.regardless", t)));
        for (DangerWindow w : r.windows()) {
            out.println(text("sweep.window", w.text(request, disruption, language.locale())));
        }
        if (!r.safe()) {
            out.println(text("sweep.plan"));
            safety.plan().lines(language.locale()).forEach(line -> out.println("  " + line));
        }
    }

    private static String offset(long ms) {
        return (ms < 0 ? "-" : "") + TimeSpan.ofMillis(Math.abs(ms)).toHuman();
    }
}
