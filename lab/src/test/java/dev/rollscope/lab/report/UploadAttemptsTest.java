package dev.rollscope.lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.lab.client.RealOutcome;
import dev.rollscope.lab.client.TusClient;
import dev.rollscope.lab.matrix.LabCase;
import dev.rollscope.lab.matrix.LabMatrix;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A resumable upload compared attempt by attempt (domain.md §13), on the matrix's
 * resumable-pod-not-found at real values: 5 MB chunks take 4 000 ms at 10 Mbit/s and D answers
 * 100 ms later, so chunks 1-6 end at 4 100, 8 200, …, 24 600 (D.1 sleeps 5 s in preStop, nothing is
 * cut); the 7th, a PATCH from 30 MB, reaches D.2, which does not know the upload: 404 at once, at 24 600.
 */
class UploadAttemptsTest {

    private static final SimulationResult PLAN = plan();

    private static SimulationResult plan() {
        LabCase c = LabMatrix.all().stream().filter(x -> x.name().equals("resumable-pod-not-found")).findFirst()
                .orElseThrow();
        return Simulator.run(c.topology(), c.scenario());
    }

    /** What the lab's client would see if nginx did as the engine says, each answer {@code late} ms later. */
    private static List<TusClient.Attempt> real(int attempts, long late) {
        List<TusClient.Attempt> out = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            long offset = i * 5_000_000L;
            int status = i == 0 ? 201 : i < 6 ? 204 : 404;
            long end = Math.min(i + 1, 6) * 4100L + late;
            out.add(new TusClient.Attempt(i == 0 ? "POST" : "PATCH", offset, 5_000_000,
                    new RealOutcome("UP", status, false, List.of(i < 6 ? "D.1" : "D.2", "A.1"), i * 4100L, end, "",
                            status == 404 ? -1 : offset + 5_000_000)));
        }
        return out;
    }

    @Test
    void everyAttemptIsARowWithTheEnginesMethodOffsetStatusAndEnd() {
        List<Comparison> rows = UploadAttempts.compare(PLAN, 0, "D", real(7, 30), 150);

        assertThat(rows).extracting(Comparison::requestId).containsExactly("UP #1", "UP #2", "UP #3", "UP #4",
                "UP #5", "UP #6", "UP #7");
        assertThat(rows).extracting(Comparison::method).containsExactly("POST 0+5000000 B", "PATCH 5000000+5000000 B",
                "PATCH 10000000+5000000 B", "PATCH 15000000+5000000 B", "PATCH 20000000+5000000 B",
                "PATCH 25000000+5000000 B", "PATCH 30000000+5000000 B");
        assertThat(rows).extracting(Comparison::predictedEnd).containsExactly(4100L, 8200L, 12_300L, 16_400L,
                20_500L, 24_600L, 24_600L);
        assertThat(rows).extracting(Comparison::predictedStatus).containsExactly("201", "204", "204", "204", "204",
                "204", "404");
        assertThat(rows.get(6).cause()).isEqualTo("UPLOAD_NOT_FOUND");
        assertThat(rows).allMatch(Comparison::agrees);
    }

    @Test
    void anAttemptTheLabDidNotSendDisagrees() {
        List<Comparison> rows = UploadAttempts.compare(PLAN, 0, "D", real(6, 0), 150);

        assertThat(rows).hasSize(7);
        assertThat(rows.get(6).method()).isEqualTo("PATCH 30000000+5000000 B (lab: not sent)");
        assertThat(rows.get(6).agrees()).isFalse();
    }

    @Test
    void aChunkFromAnotherOffsetOrAnsweredOtherwiseDisagrees() {
        List<TusClient.Attempt> real = real(7, 0);
        TusClient.Attempt last = real.get(6);
        real.set(6, new TusClient.Attempt("PATCH", 25_000_000, 5_000_000, last.outcome()));
        real.set(5, new TusClient.Attempt("PATCH", 25_000_000, 5_000_000, new RealOutcome("UP", 502, false,
                List.of("A.1"), 20_500, 24_600, "", -1)));

        List<Comparison> rows = UploadAttempts.compare(PLAN, 0, "D", real, 150);

        assertThat(rows.get(5).agrees()).as("502 where the engine says 204").isFalse();
        assertThat(rows.get(6).method()).isEqualTo("PATCH 30000000+5000000 B (lab: PATCH 25000000+5000000 B)");
        assertThat(rows.get(6).agrees()).isFalse();
        assertThat(rows.subList(0, 5)).allMatch(Comparison::agrees);
    }

    @Test
    void anEndOutsideTheToleranceDisagrees() {
        assertThat(UploadAttempts.compare(PLAN, 0, "D", real(7, 151), 150)).noneMatch(Comparison::agrees);
    }
}
