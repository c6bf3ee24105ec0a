package dev.rollscope.model.sim;

import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.SettingCatalog;
import java.util.Optional;

/**
 * A concrete fix: set a hop's setting to a value (canonical text), which the simulation says is
 * enough on its own for this request.
 */
public record SettingChange(String hop, String setting, String value) {

    /** True when the other change sets the same setting of the same hop. */
    public boolean sameSetting(SettingChange other) {
        return hop.equals(other.hop) && setting.equals(other.setting);
    }

    /**
     * Compares the values of two changes of the same setting: positive when this one asks for more
     * (a longer drain, a bigger limit), 0 when the setting's values are not ordered or unknown. A
     * value past the setting's range still compares (a fix may ask for more than the setting allows).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compareValue(SettingChange other) {
        Optional<Setting<?>> s = SettingCatalog.byId(setting);
        if (s.isEmpty()) {
            return 0;
        }
        Object x = s.get().type().parse(value);
        Object y = s.get().type().parse(other.value);
        if (x instanceof Comparable && x.getClass() == y.getClass()) {
            return ((Comparable) x).compareTo(y);
        }
        return 0;
    }

    @Override
    public String toString() {
        return hop + "." + setting + " → " + value;
    }
}
