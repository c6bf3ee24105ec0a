package dev.rollscope.lab.report;

import java.util.List;

/**
 * One scenario played for real and compared with the engine, request by request.
 *
 * @param name       the matrix case
 * @param teaches    what the case shows (a failure mode of domain.md §8 or its fix)
 * @param knownIssue a DISAGREEMENTS.md anchor when the case is a known disagreement, or empty
 * @param clamped    settings the time scale raised to their minimum
 * @param journal    what the lab did, with the real times
 * @param problems   why the run is unfit for comparison (the lab could not keep pace), or empty
 * @param workDir    where the nginx configurations and logs of the run are
 * @param wallMillis how long the case took, set-up included
 */
public record ScenarioResult(String name, String teaches, String knownIssue, List<String> clamped,
                             List<Comparison> rows, List<String> journal, List<String> problems, String workDir,
                             long wallMillis) {

    public ScenarioResult {
        clamped = List.copyOf(clamped);
        rows = List.copyOf(rows);
        journal = List.copyOf(journal);
        problems = List.copyOf(problems);
    }

    public boolean agrees() {
        return problems.isEmpty() && rows.stream().allMatch(Comparison::agrees);
    }
}
