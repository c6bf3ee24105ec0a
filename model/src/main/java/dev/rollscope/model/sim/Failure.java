package dev.rollscope.model.sim;

import java.util.List;

/**
 * Why and where a request failed.
 *
 * @param cause        the root cause
 * @param hop          id of the hop where the request broke
 * @param instance     id of the instance where it broke, or empty when no instance was involved
 * @param answeredBy   id of the hop (or "client") whose answer the client saw
 * @param time         when it broke, ms from the start of the scenario
 * @param settings     the settings responsible, with their values
 * @param fixes        setting changes that would have saved this request
 * @param args         the values the explanation texts of the cause are filled with, in the order
 *                     its bundle entries document
 * @param stall        what had stalled the request before it ended, or null when nothing had
 * @param pdbBypassed  true when the instance was removed by a rollout of a hop whose
 *                     PodDisruptionBudget asks for pods to stay available: a PDB limits evictions,
 *                     not Deployment updates (domain.md §6)
 * @param data         what became of the request's database transaction, or null when it has none
 */
public record Failure(Cause cause, String hop, String instance, String answeredBy, long time,
                      List<SettingRef> settings, List<SettingChange> fixes, List<String> args, Stall stall,
                      boolean pdbBypassed, DataFate data) {

    public Failure {
        settings = List.copyOf(settings);
        fixes = List.copyOf(fixes);
        args = List.copyOf(args);
    }

    /** A failure of a request without a database transaction. */
    public Failure(Cause cause, String hop, String instance, String answeredBy, long time,
                   List<SettingRef> settings, List<SettingChange> fixes, List<String> args, Stall stall,
                   boolean pdbBypassed) {
        this(cause, hop, instance, answeredBy, time, settings, fixes, args, stall, pdbBypassed, null);
    }
}
