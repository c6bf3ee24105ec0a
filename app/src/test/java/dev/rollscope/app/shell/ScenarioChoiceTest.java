package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.TestProjects;
import dev.rollscope.app.document.Document;
import dev.rollscope.model.Project;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioChoiceTest {

    private final Document document = new Document(TestProjects.abcd());
    private final ScenarioChoice choice = new ScenarioChoice(document);

    @Test
    void theFirstScenarioIsChosenAtFirst() {
        assertThat(choice.names()).containsExactly("roll D", "upgrade");
        assertThat(choice.selected()).isEqualTo("roll D");
    }

    @Test
    void theChoiceStaysWhileTheScenarioExistsAndFallsBackToTheFirstWhenItIsGone() {
        choice.selectedProperty().set("upgrade");
        document.open(TestProjects.abcd());
        assertThat(choice.selected()).isEqualTo("upgrade");

        Project other = TestProjects.abcd();
        document.open(other.withScenarios(List.of(other.scenarios().get(0))));

        assertThat(choice.names()).containsExactly("roll D");
        assertThat(choice.selected()).isEqualTo("roll D");
    }

    @Test
    void aProjectWithoutScenariosChoosesNothing() {
        document.open(TestProjects.longChain(2, 1));

        assertThat(choice.selected()).isNull();
    }
}
