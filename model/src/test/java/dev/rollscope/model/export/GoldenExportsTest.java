package dev.rollscope.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.report.MarkdownReport;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Markdown report (which holds every diagram) of each scenario of each example, in English and
 * Chinese, compared with the golden files under src/test/resources/golden/exports, so that any
 * change to an export shows in review. After an intended change, regenerate them with
 * {@code mvn -pl model test -Dtest=GoldenExportsTest -Drollscope.golden.update=true} and read the diff.
 */
class GoldenExportsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/exports");
    private static final Map<String, Locale> LANGUAGES = Map.of("en", Locale.ENGLISH, "zh", Locale.SIMPLIFIED_CHINESE);

    @Test
    void everyExampleReportMatchesItsGoldenFile() throws IOException {
        boolean update = Boolean.getBoolean("rollscope.golden.update");
        List<String> differ = new ArrayList<>();
        int files = 0;
        for (Map.Entry<String, Project> example : Examples.all().entrySet()) {
            Project p = example.getValue();
            for (Scenario s : p.scenarios()) {
                SimulationResult r = Simulator.run(p.topology(), s);
                for (Map.Entry<String, Locale> lang : LANGUAGES.entrySet()) {
                    String report = MarkdownReport.of(r, ExportOptions.defaults().withLocale(lang.getValue()));
                    Path file = GOLDEN.resolve(example.getKey()).resolve(Examples.slug(s.name()) + "." + lang.getKey() + ".md");
                    files++;
                    if (update) {
                        Files.createDirectories(file.getParent());
                        Files.writeString(file, report, StandardCharsets.UTF_8);
                    } else if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(report)) {
                        differ.add(file.toString());
                    }
                }
            }
        }
        assertThat(differ).as("exports that differ from their golden files (regenerate with "
                + "-Drollscope.golden.update=true and review the diff)").isEmpty();
        assertThat(files).isGreaterThan(30);
    }
}
