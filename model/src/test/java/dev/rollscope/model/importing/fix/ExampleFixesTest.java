package dev.rollscope.model.importing.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.Checks;
import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.analysis.remedy.Remedies;
import dev.rollscope.model.analysis.remedy.RemedyAnswer;
import dev.rollscope.model.analysis.safety.RequestSafety;
import dev.rollscope.model.analysis.safety.SafetySearch;
import dev.rollscope.model.importing.Provenance;
import dev.rollscope.model.importing.SourceFiles;
import dev.rollscope.model.importing.tree.Trees;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fix that a failed request, a static check, a verified fix plan or the plan a remedy still needs
 * (the report's remedies) names in every example has a configuration change: each nginx directive is
 * put into its block of a small configuration and passes {@code nginx -t}; each YAML patch parses;
 * each command is a gcloud command.
 */
class ExampleFixesTest {

    private static final TimeSpan PLAN_STEP = TimeSpan.ofSeconds(1);

    @TempDir
    Path dir;

    @Test
    void everyFixOfEveryExampleHasAConfigurationChange() throws Exception {
        List<String> nginxL7 = new ArrayList<>();
        List<String> nginxL4 = new ArrayList<>();
        int rendered = 0;
        try (Stream<Path> examples = Files.list(Path.of("../examples"))) {
            for (Path file : examples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Project p = ProjectFile.read(file);
                for (SettingChange fix : fixes(p)) {
                    ConfigChange c = ConfigFixes.render(fix, p.topology(), Provenance.EMPTY, new SourceFiles(dir));
                    rendered++;
                    switch (c.syntax()) {
                        case NGINX -> (p.topology().hop(fix.hop()).orElseThrow().kind().isL7() ? nginxL7 : nginxL4)
                                .add(c.where() + "|" + c.text().trim());
                        case YAML -> assertThat(Trees.yaml(c.text(), fix.toString())).as(fix.toString()).hasSize(1);
                        case GCLOUD -> assertThat(c.text()).as(fix.toString()).startsWith("gcloud compute ");
                        case KONG_CONF, SYSTEMD -> assertThat(c.text()).as(fix.toString()).isNotBlank();
                        case NONE -> assertThat(fix.setting()).as(fix + " has no configuration")
                                .isIn("lifecycle.processingTime", "lifecycle.startupTime", "lifecycle.onStopSignal",
                                        "front.propagationDelay", "proxy.keepaliveTimeout", "rollout.zones",
                                        // a blue/green procedure's waits, no configuration file holds them
                                        "rollout.detachDelay", "rollout.scaleDownDelay");
                    }
                }
            }
        }
        assertThat(rendered).isGreaterThan(10);
        assertThat(nginxL7).isNotEmpty();
        for (String config : http(nginxL7)) {
            NginxCheck.assertAccepted(dir, config);
        }
        for (String config : stream(nginxL4)) {
            NginxCheck.assertAccepted(dir, config);
        }
    }

    private static Set<SettingChange> fixes(Project p) {
        Set<SettingChange> out = new LinkedHashSet<>();
        for (Scenario s : p.scenarios()) {
            for (Outcome o : Simulator.run(p.topology(), s, SimulationOptions.outcomesOnly()).outcomes()) {
                if (!o.ok()) {
                    out.addAll(o.failure().fixes());
                }
            }
            for (Finding f : Checks.run(p.topology(), s)) {
                out.addAll(f.fixes());
            }
            // What rollscope fixes prints: the changes of the verified plans (a 1 s search step keeps this quick);
            // and what the report prints under each remedy: the verified plan still needed with the remedy in place.
            if (SafetySearch.searchable(p.topology(), s, PLAN_STEP)) {
                for (RequestSafety r : SafetySearch.of(p.topology(), s, PLAN_STEP)) {
                    if (!r.safe() && r.plan().verified()) {
                        out.addAll(r.plan().changes());
                    }
                    Remedies.of(p.topology(), s, r, PLAN_STEP).stream().map(RemedyAnswer::after)
                            .filter(a -> !a.safe() && a.plan().verified()).forEach(a -> out.addAll(a.plan().changes()));
                }
            }
        }
        return out;
    }

    /** One configuration per directive (the same directive may come with several values). */
    private static List<String> http(List<String> directives) {
        List<String> out = new ArrayList<>();
        for (String d : new LinkedHashSet<>(directives)) {
            String where = d.substring(0, d.indexOf('|'));
            String directive = d.substring(d.indexOf('|') + 1);
            String main = where.startsWith("the main") ? directive : "";
            String upstream = where.startsWith("the upstream") ? directive : "";
            String location = main.isEmpty() && upstream.isEmpty() ? directive : "";
            out.add(main + "\nevents {}\nhttp {\n  upstream b { server 127.0.0.1:18081;\n" + upstream + "\n}\n"
                    + "  server { listen 127.0.0.1:18080; location / { proxy_pass http://b;\n" + location + "\n} }\n}\n");
        }
        return out;
    }

    private static List<String> stream(List<String> directives) {
        List<String> out = new ArrayList<>();
        for (String d : new LinkedHashSet<>(directives)) {
            String where = d.substring(0, d.indexOf('|'));
            String directive = d.substring(d.indexOf('|') + 1);
            boolean main = where.startsWith("the main");
            out.add((main ? directive : "") + "\nevents {}\nstream {\n  server { listen 127.0.0.1:18443; "
                    + "proxy_pass 127.0.0.1:18444;\n" + (main ? "" : directive) + "\n}\n}\n");
        }
        return out;
    }

}
