package dev.rollscope.model.analysis.remedy;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.safety.RequestSafety;
import dev.rollscope.model.analysis.safety.SafetySearch;
import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload.Storage;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The remedies worth trying for a request the danger search found in danger, across a disruption or
 * with nothing disrupted (a resumable upload on its pod's own storage whose next chunk may reach
 * another pod), each searched as the request itself was: its scenario with the remedy in place, every start offset
 * and routing choice, then the fix plan still needed on top, verified by searching again. The
 * remedies: a blue/green switch instead of a rollout (§14), the body sent as a resumable upload with
 * shared storage (§13), session affinity for an upload kept on its pod (§12). Nothing is proposed
 * unsearched: a remedy that does not fit (a selector switch needs pods behind a Service, a URL map
 * switch a MIG behind the external ALB, Kong target weights pods behind a Kong upstream; a resumable
 * upload a POST with a body) is not tried, and one whose search cannot run is left out.
 */
public final class Remedies {

    /**
     * The most simulation events the remedies of one request type may take together (their danger
     * searches' least work, {@link SafetySearch#leastEvents}): about two seconds here, a hundred
     * times what the examples need; the remedies beyond it are not tried, and nothing is said of them.
     */
    static final long MAX_EVENTS = 10_000_000L;

    private Remedies() {
    }

    /** What each remedy does for the request; empty when the request is safe as it is. */
    public static List<RemedyAnswer> of(Topology topology, Scenario scenario, RequestSafety safety, TimeSpan step) {
        return of(topology, scenario, safety, step, Sweep.MAX_OFFSETS);
    }

    /** As {@link #of(Topology, Scenario, RequestSafety, TimeSpan)}, each search widening its step past maxOffsets. */
    public static List<RemedyAnswer> of(Topology topology, Scenario scenario, RequestSafety safety, TimeSpan step,
                                        int maxOffsets) {
        List<RemedyAnswer> out = new ArrayList<>();
        if (safety.safe()) {
            return out;
        }
        SweepResult sweep = safety.found().sweep();
        Set<String> cutAt = sweep == null ? Set.of()
                : sweep.windows().stream().map(DangerWindow::hop).collect(Collectors.toSet());
        long budget = MAX_EVENTS;
        Set<Cause> causes = safety.found().failures().stream().map(Failure::cause).collect(Collectors.toSet());
        List<Remedy> tried = new ArrayList<>(candidates(topology, scenario, cutAt));
        boolean cut = !cutAt.isEmpty() && sweep.undisturbed().ok();
        scenario.request(safety.requestId()).ifPresent(q -> tried.addAll(forRequest(topology, q, cut, causes)));
        for (Remedy r : tried) {
            Scenario changed = r.applyTo(scenario);
            try {
                Topology remedied = r.applyTo(topology);
                long least = SafetySearch.leastEvents(remedied, changed, step);
                if (least > budget) {
                    break;
                }
                budget -= least;
                SafetySearch.of(remedied, changed, safety.requestId(), step, maxOffsets)
                        .ifPresent(after -> out.add(new RemedyAnswer(r, after)));
            } catch (IllegalArgumentException | SimulationLimitException cannotSearch) {
                // not proposed: nothing is said about a remedy the search could not try
            }
        }
        return out;
    }

    /**
     * Every remedy that fits a rollout of a hop in {@code cutAt} (where the search found the request
     * cut): that rollout as each blue/green switch its hop allows. A switch of another hop leaves
     * the cut where it is.
     */
    static List<Remedy> candidates(Topology topology, Scenario scenario, Set<String> cutAt) {
        List<Remedy> out = new ArrayList<>();
        for (Disruption d : scenario.disruptions()) {
            out.addAll(switch (d.kind()) {
                case ROLLOUT -> switchesInstead(topology, scenario, (RollOut) d, cutAt);
                // a node upgrade or a crash is not the team's choice; a switch or canary is one already
                case NODE_UPGRADE, CRASH, SELECTOR_SWITCH, URL_MAP_SWITCH, KONG_WEIGHTS, MIG_CANARY -> List.of();
            });
        }
        return out;
    }

    private static List<Remedy> switchesInstead(Topology topology, Scenario scenario, RollOut roll, Set<String> cutAt) {
        List<Remedy> out = new ArrayList<>();
        for (BlueGreen.Method m : BlueGreen.Method.values()) {
            BlueGreen instead = new BlueGreen(m, roll.hop(), roll.at());
            if (cutAt.contains(roll.hop()) && fits(topology, scenario, instead)) {
                out.add(new SwitchInstead(roll, instead));
            }
        }
        return out;
    }

    /**
     * The remedies for how the request is sent, whatever the disruption: a POST with a body that the
     * disruption cuts ({@code cut}: it survives undisturbed and the search found it failing at some
     * offset; one that fails undisturbed needs its fix plan first) sent as a resumable upload with
     * shared storage ({@link SendResumable}); a
     * resumable upload kept on its pod that met a pod which did not know it (404,
     * {@code UPLOAD_NOT_FOUND}, among {@code causes}, disturbed or not), pinned to its pod by the
     * application's front ({@link PinSessions}) where that front pins nothing yet. A request of the
     * traffic mix has no own spec to change and gets none.
     */
    static List<Remedy> forRequest(Topology topology, RequestSpec request, boolean cut, Set<Cause> causes) {
        List<Remedy> out = new ArrayList<>();
        if (cut && SendResumable.fits(request)) {
            out.add(new SendResumable(request.id()));
        }
        Hop app = topology.hops().get(topology.hops().size() - 1);
        if (request.resumable() != null && request.resumable().store() == Storage.POD
                && causes.contains(Cause.UPLOAD_NOT_FOUND) && PinSessions.fits(app)) {
            out.add(PinSessions.at(app));
        }
        return out;
    }

    private static boolean fits(Topology topology, Scenario scenario, Disruption d) {
        try {
            Project.checkDisruption(topology, scenario.name(), d);
            return true;
        } catch (IllegalArgumentException unfit) {
            return false;
        }
    }
}
