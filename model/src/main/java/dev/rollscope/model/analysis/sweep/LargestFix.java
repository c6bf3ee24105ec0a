package dev.rollscope.model.analysis.sweep;

import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.SettingChange;
import java.util.Comparator;

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
                if (x.sameSetting(y)) {
                    int c = x.compareValue(y);
                    if (c != 0) {
                        return c;
                    }
                }
            }
        }
        return 0;
    }
}
