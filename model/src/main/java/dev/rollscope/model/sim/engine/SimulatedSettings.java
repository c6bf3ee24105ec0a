package dev.rollscope.model.sim.engine;

import dev.rollscope.model.topology.HopProfile;
import dev.rollscope.model.topology.Setting;

/**
 * Whether the simulation reads a setting on a hop of a profile ({@link EngineSettings}): a setting
 * it does not read there is kept in the file (a static check may read it) but changes no verdict,
 * and the app says so.
 */
public final class SimulatedSettings {

    private SimulatedSettings() {
    }

    public static boolean simulated(Setting<?> setting, HopProfile profile) {
        for (EngineSettings.Read r : EngineSettings.reads()) {
            if (r.setting().equals(setting) && r.where().test(profile)) {
                return true;
            }
        }
        return false;
    }
}
