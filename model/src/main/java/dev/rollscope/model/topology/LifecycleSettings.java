package dev.rollscope.model.topology;

import static dev.rollscope.model.topology.SettingGroup.LIFECYCLE;

import dev.rollscope.model.units.TimeSpan;
import java.util.List;

/** How a hop's instances start, turn ready, stop and do their work (domain.md §2, §5, §6, §7). */
public final class LifecycleSettings {

    /** Time from creating an instance until its process accepts connections. */
    public static final Setting<TimeSpan> STARTUP_TIME = Setting.time(LIFECYCLE, "startupTime");
    /** Readiness probe {@code initialDelaySeconds} (§6). */
    public static final Setting<TimeSpan> READINESS_INITIAL_DELAY = Setting.time(LIFECYCLE, "readinessInitialDelay");
    /** Readiness probe {@code periodSeconds} (§6). */
    public static final Setting<TimeSpan> READINESS_PERIOD =
            Setting.time(LIFECYCLE, "readinessPeriod", TimeSpan.ofSeconds(1), TimeSpan.ofSeconds(3600));
    /** Readiness probe {@code successThreshold} (§6). */
    public static final Setting<Integer> READINESS_SUCCESS_THRESHOLD =
            Setting.count(LIFECYCLE, "readinessSuccessThreshold", 1);
    /** {@code lifecycle.preStop} {@code sleep} (§6); 0 = no preStop hook. */
    public static final Setting<TimeSpan> PRE_STOP_SLEEP = Setting.time(LIFECYCLE, "preStopSleep");
    /** {@code kong quit --wait} in Kong's preStop (§5). */
    public static final Setting<TimeSpan> KONG_QUIT_WAIT = Setting.time(LIFECYCLE, "kongQuitWait");
    /** {@code kong quit --timeout} (minimum 1 s) in Kong's preStop (§5). */
    public static final Setting<TimeSpan> KONG_QUIT_TIMEOUT =
            Setting.time(LIFECYCLE, "kongQuitTimeout", TimeSpan.ofSeconds(1), TimeSpan.ofSeconds(86_400));
    /** What the process does on its platform's stop signal (§2, §5, §6). */
    public static final Setting<StopBehaviour> ON_STOP_SIGNAL =
            Setting.choice(LIFECYCLE, "onStopSignal", StopBehaviour.class);
    /** On a VM: time after the graceful stop until the service manager sends TERM (§2 Debian unit). */
    public static final Setting<TimeSpan> STOP_ESCALATION = Setting.timeOrNone(LIFECYCLE, "stopEscalation");
    /** {@code terminationGracePeriodSeconds}, counted from the start of termination (§6). */
    public static final Setting<TimeSpan> TERMINATION_GRACE_PERIOD = Setting.time(LIFECYCLE, "terminationGracePeriod");
    /** The application's time to its first response byte, unless a request says otherwise. */
    public static final Setting<TimeSpan> PROCESSING_TIME = Setting.time(LIFECYCLE, "processingTime");

    static final List<Setting<?>> ALL = List.of(STARTUP_TIME, READINESS_INITIAL_DELAY, READINESS_PERIOD,
            READINESS_SUCCESS_THRESHOLD, PRE_STOP_SLEEP, KONG_QUIT_WAIT, KONG_QUIT_TIMEOUT, ON_STOP_SIGNAL,
            STOP_ESCALATION, TERMINATION_GRACE_PERIOD, PROCESSING_TIME);

    private LifecycleSettings() {
    }
}
