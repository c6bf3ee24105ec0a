package dev.rollscope.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.facade.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random byte mutations of the example files (issue 18): each is refused with one located line of
 * at most 300 characters without control characters, or accepted, and then every scenario
 * simulates without an exception.
 */
class ReaderProperties {

    private static final List<String> EXAMPLES = List.of("failure-drain-off.json", "kong-service-pods.json",
            "failure-no-buffering.json", "abcd-defaults.json");

    /** One mutation: which example, where, what (0 replace, 1 delete, 2 insert), and which byte. */
    record Mutation(int example, double where, int kind, int value) {

        byte[] apply() throws IOException {
            byte[] b = Files.readAllBytes(Path.of("..", "examples", EXAMPLES.get(example)));
            int at = (int) (where * b.length);
            return switch (kind) {
                case 0 -> {
                    b[at] = (byte) value;
                    yield b;
                }
                case 1 -> splice(b, at, 1, new byte[0]);
                default -> splice(b, at, 0, new byte[] {(byte) value});
            };
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, EXAMPLES.size() - 1),
                Arbitraries.doubles().between(0, 1).filter(d -> d < 1), Arbitraries.integers().between(0, 2),
                Arbitraries.oneOf(Arbitraries.integers().between(0, 255),
                        Arbitraries.of((int) '"', (int) '{', (int) '}', (int) ',', (int) ':', (int) '0', (int) '9',
                                (int) 'n', 0, 10))).as(Mutation::new);
    }

    @Property(tries = 300, seed = "18")
    void aMutatedFileIsRefusedCleanlyOrSimulatesCleanly(@ForAll("mutations") Mutation m) throws IOException {
        Path file = Files.createTempFile("mutated", ".json");
        Files.write(file, m.apply());
        Project project;
        try {
            project = ProjectFile.read(file);
        } catch (ProjectFileException e) {
            assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(ProjectFileException.MAX_MESSAGE)
                    .doesNotContainPattern("[\\p{Cntrl}]")
                    .startsWith(file + ":")
                    .matches(".*?\\.json(:\\d+:\\d+: \\$.*?)?: .+");
            return;
        } finally {
            Files.delete(file);
        }
        for (Scenario s : project.scenarios()) {
            try {
                // every request the scenario names gets an outcome
                assertThat(Simulator.run(project.topology(), s, SimulationOptions.outcomesOnly()).outcomes())
                        .hasSizeGreaterThanOrEqualTo(s.requests().size());
            } catch (SimulationLimitException e) {
                assertThat(e.getMessage()).contains("reduce");
            }
        }
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }
}
