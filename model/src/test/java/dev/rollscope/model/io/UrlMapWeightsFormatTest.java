package dev.rollscope.model.io;

import static dev.rollscope.model.io.ProjectFileErrorsTest.BASE;
import static dev.rollscope.model.io.FileFixture.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.BlueGreen;
import org.junit.jupiter.api.Test;

/** A urlMapSwitch's {@code weights} (domain.md §14) in the file, and their errors with their place. */
class UrlMapWeightsFormatTest {

    private static String withSwitch(String weights) {
        return BASE.replace("{\"type\": \"rollout\", \"hop\": \"D\", \"at\": \"10s\"}",
                "{\"type\": \"urlMapSwitch\", \"hop\": \"A\", \"at\": \"10s\"" + weights + "}");
    }

    @Test
    void weightsAreReadAndWrittenBackTheSame() throws ProjectFileException {
        Project p = ProjectFile.parse(withSwitch(", \"weights\": {\"blue\": 90, \"green\": 10}"), "t.json");
        BlueGreen d = (BlueGreen) p.scenarios().get(0).disruptions().get(0);

        assertThat(d.weights()).isEqualTo(new BlueGreen.Weights(90, 10));
        String once = ProjectFile.format(p);
        assertThat(once.replaceAll("\\s+", "")).contains("\"at\":\"10s\",\"weights\":{\"blue\":90,\"green\":10}");
        assertThat(ProjectFile.parse(once, "t.json")).isEqualTo(p);
    }

    @Test
    void noWeightsIsTheWholeSwitchAndIsLeftOut() throws ProjectFileException {
        Project p = ProjectFile.parse(withSwitch(""), "t.json");

        assertThat(((BlueGreen) p.scenarios().get(0).disruptions().get(0)).weights())
                .isEqualTo(BlueGreen.Weights.ALL_TO_GREEN);
        assertThat(ProjectFile.format(p)).doesNotContain("weights");
    }

    @Test
    void weightsOutOfRangeOrOnAnotherSwitchAreRefusedWhereTheyAre() {
        assertThat(message(withSwitch(", \"weights\": {\"blue\": 90, \"green\": 0}")))
                .startsWith("t.json:17:").contains("$.scenarios[0].disruptions[0].weights.green: URL map weight green"
                        + " must be 1 to 1000 (0 would switch nothing), not 0");
        assertThat(message(withSwitch(", \"weights\": {\"blue\": 1001, \"green\": 10}")))
                .contains("$.scenarios[0].disruptions[0].weights.blue: URL map weight blue must be 0 to 1000, not 1001");
        assertThat(message(BASE.replace("{\"type\": \"rollout\", \"hop\": \"D\", \"at\": \"10s\"}",
                "{\"type\": \"selectorSwitch\", \"hop\": \"D\", \"at\": \"10s\", \"weights\": {\"blue\": 1, \"green\": 1}}")))
                .contains("$.scenarios[0].disruptions[0].weights: unknown key \"weights\"");
    }
}
