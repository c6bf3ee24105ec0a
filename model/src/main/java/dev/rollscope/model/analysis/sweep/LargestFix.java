package dev.rollscope.model.analysis.sweep;

import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.SettingCatalog;
import java.util.Comparator;
import java.util.Optional;

/**
 * Orders failures by how far their fixes go: of two failures whose fixes change the same setting,
 * the one asking for the larger value (a longer drain, a bigger limit) needs more. A window's fix
 * must be the largest of its offsets', or the advice saves only the first of them.
 */
final class LargestFix implements Comparator<Failure> {

    @Override
    public int compare(Failure a, Failure b) {
        for (SettingChange x : a.fixes()) {
            for (SettingChange y : b.fixes()) {
                if (x.hop().equals(y.hop()) && x.setting().equals(y.setting())) {
                    int c = compareValues(x.setting(), x.value(), y.value());
                    if (c != 0) {
                        return c;
                    }
                }
            }
        }
        return 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(String settingId, String a, String b) {
        Optional<Setting<?>> setting = SettingCatalog.byId(settingId);
        if (setting.isEmpty()) {
            return 0;
        }
        Object x = setting.get().parse(a);
        Object y = setting.get().parse(b);
        if (x instanceof Comparable && x.getClass() == y.getClass()) {
            return ((Comparable) x).compareTo(y);
        }
        return 0;
    }
}
