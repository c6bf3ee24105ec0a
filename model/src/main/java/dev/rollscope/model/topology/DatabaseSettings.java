package dev.rollscope.model.topology;

import static dev.rollscope.model.topology.SettingGroup.DATABASE;

import java.util.List;

/**
 * The application's database connection pool (domain.md §16). Only the static checks read them:
 * the simulation has no database hop, a request's transaction says what a cut leaves written.
 */
public final class DatabaseSettings {

    /** HikariCP {@code maximumPoolSize}: connections each pod may hold (§16: 10). */
    public static final Setting<Integer> POOL_SIZE = Setting.count(DATABASE, "poolSize", 1);
    /**
     * Connections the database grants this application (PostgreSQL {@code max_connections} less
     * what other clients use); 0 = not known, not checked. Every pod that runs at once during a
     * rollout's surge opens its own pool (§16 derived).
     */
    public static final Setting<Integer> MAX_CONNECTIONS = Setting.count(DATABASE, "maxConnections", 0);

    static final List<Setting<?>> ALL = List.of(POOL_SIZE, MAX_CONNECTIONS);

    private DatabaseSettings() {
    }
}
