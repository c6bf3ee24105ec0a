package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.TextEscape;
import dev.rollscope.model.topology.DefaultsTable;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.Topology;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/**
 * {@code rollscope describe FILE}: the chain in order, and for each hop its kind, platform, front
 * and every setting with its value, type, whether it is the default (and the default if not), and
 * the domain.md source of the default; then the scenarios, each with its horizon.
 */
@Command(name = "describe")
final class DescribeCommand extends ProjectCommand {

    @Override
    protected int run(Project project, PrintWriter out) {
        Topology t = project.topology();
        out.println(text("describe.topology", t.name()));
        if (!t.description().isEmpty()) {
            out.println(TextEscape.line(t.description()));
        }
        out.println(text("describe.client", t.client().upload(), t.client().download(), t.network().internalBandwidth()));
        out.println(text("describe.chain", t.hops().stream().map(Hop::id).collect(Collectors.joining(" → "))));
        for (Hop hop : t.hops()) {
            out.println();
            describe(hop, out);
        }
        out.println();
        out.println(project.scenarios().isEmpty() ? text("describe.noScenarios") : text("describe.scenarios",
                project.scenarios().stream().map(s -> text("describe.scenario", s.name(), s.horizon().toString()))
                        .collect(Collectors.joining(", "))));
        return ExitCodes.OK;
    }

    private void describe(Hop hop, PrintWriter out) {
        out.println(text("describe.hop", hop.id(), hop.name(), hop.kind(), hop.platform(),
                String.valueOf(hop.replicas()), hop.front()));
        TextTable table = new TextTable(text("describe.columns").split("\\|"));
        for (Setting<?> s : hop.settings().keys()) {
            String isDefault = hop.isDefault(s)
                    ? text("describe.isDefault") : text("describe.notDefault",
                    s.format(DefaultsTable.defaultFor(s, hop.profile(), hop.settings())));
            String source = DefaultsTable.rowFor(s, hop.profile()).map(DefaultsTable.Row::source).orElse("");
            table.add(s.id(), s.format(hop.get(s)), s.type().displayName(), isDefault, source);
        }
        table.print(out, "  ");
    }
}
