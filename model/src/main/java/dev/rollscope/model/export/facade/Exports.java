package dev.rollscope.model.export.facade;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.report.MarkdownReport;
import dev.rollscope.model.export.story.RequestDiagram;
import dev.rollscope.model.export.story.ScenarioDiagram;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the command line and the export dialog ask for: simulate a named scenario with its full
 * trace, then export the whole scenario or one request by id, as Mermaid or as a Markdown report.
 * A name that does not exist is refused with an {@link IllegalArgumentException} whose message
 * lists the valid ones.
 *
 * <p>A package of its own, above {@code export.story} and {@code export.report}, which depend on
 * {@code export}'s texts and options: so no package depends back on the one that depends on it
 * (model/src/test/.../architecture/ModelArchitectureTest).
 */
public final class Exports {

    private static final int MAX_LISTED = 20;

    private Exports() {
    }

    /** Simulates the scenario named {@code name}, keeping the trace the diagrams need. */
    public static SimulationResult simulate(Project project, String name) {
        Scenario s = project.scenario(name).orElseThrow(() -> new IllegalArgumentException("no scenario \"" + name
                + "\" in the file; it has: " + listed(project.scenarios().stream().map(Scenario::name).toList())));
        return Simulator.run(project.topology(), s);
    }

    /** The index of the request with this id among the simulated requests (the mix's included). */
    public static int request(SimulationResult result, String id) {
        List<RequestSpec> requests = result.requests();
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no request \"" + id + "\" in scenario \"" + result.scenario().name()
                + "\"; it has: " + listed(requests.stream().map(RequestSpec::id).toList()));
    }

    /** The diagram of one request, or of the whole scenario when {@code requestId} is null. */
    public static String mermaid(SimulationResult result, String requestId, ExportOptions options) {
        return requestId == null ? ScenarioDiagram.of(result, options)
                : RequestDiagram.of(result, request(result, requestId), options);
    }

    public static String report(SimulationResult result, ExportOptions options) {
        return MarkdownReport.of(result, options);
    }

    private static String listed(List<String> names) {
        String shown = names.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
        return names.size() > MAX_LISTED ? shown + " … (" + names.size() + " in all)" : shown;
    }
}
