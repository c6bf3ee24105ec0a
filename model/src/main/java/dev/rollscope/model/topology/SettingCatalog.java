package dev.rollscope.model.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every hop setting, in the one order they are shown and written in. */
public final class SettingCatalog {

    /**
     * The resource bundle holding every setting's label ({@link Setting#labelKey()}) and one-line
     * meaning ({@link Setting#meaningKey()}), in English and Simplified Chinese.
     */
    public static final String TEXT_BUNDLE = "dev.rollscope.model.topology.settings";

    private static final List<Setting<?>> ALL;
    private static final Map<String, Setting<?>> BY_ID;

    static {
        List<Setting<?>> all = new ArrayList<>();
        all.addAll(FrontSettings.ALL);
        all.addAll(ProxySettings.ALL);
        all.addAll(LifecycleSettings.ALL);
        all.addAll(RolloutSettings.ALL);
        all.addAll(DatabaseSettings.ALL);
        ALL = Collections.unmodifiableList(all);
        Map<String, Setting<?>> byId = new LinkedHashMap<>();
        for (Setting<?> s : all) {
            byId.put(s.id(), s);
        }
        BY_ID = Collections.unmodifiableMap(byId);
    }

    private SettingCatalog() {
    }

    public static List<Setting<?>> all() {
        return ALL;
    }

    /** The setting with this dotted id ({@code proxy.upstreamReadTimeout}), if any. */
    public static Optional<Setting<?>> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The position of a setting in the catalog order. */
    public static int order(Setting<?> setting) {
        return ALL.indexOf(setting);
    }
}
