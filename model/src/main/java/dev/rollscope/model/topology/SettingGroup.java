package dev.rollscope.model.topology;

/** The groups a hop's settings are shown and stored in. */
public enum SettingGroup {
    /** The load balancer, Service or Kong upstream in front of the hop. Stored under {@code front}. */
    FRONT("front"),
    /** The hop's own proxy timeouts, buffering, body limit, retries and keepalive. */
    PROXY("proxy"),
    /** Start-up, readiness, preStop, stop signal, grace period, processing time. */
    LIFECYCLE("lifecycle"),
    /** How a rolling update replaces the hop's instances. */
    ROLLOUT("rollout"),
    /** The application's database connection pool and the database's connection limit (§16). */
    DATABASE("database");

    private final String key;

    SettingGroup(String key) {
        this.key = key;
    }

    /** The JSON object name of the group. */
    public String key() {
        return key;
    }
}
