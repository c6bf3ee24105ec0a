package dev.rollscope.app.inspector;

import dev.rollscope.model.topology.DefaultsTable;
import dev.rollscope.model.topology.HopProfile;
import dev.rollscope.model.topology.HopSettings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link DefaultsTable#defaults} per profile, computed once: the inspector asks for every row of
 * every refresh, and there are only a few dozen profiles.
 */
final class ProfileDefaults {

    private static final Map<HopProfile, HopSettings> CACHE = new ConcurrentHashMap<>();

    private ProfileDefaults() {
    }

    static HopSettings of(HopProfile profile) {
        return CACHE.computeIfAbsent(profile, DefaultsTable::defaults);
    }
}
