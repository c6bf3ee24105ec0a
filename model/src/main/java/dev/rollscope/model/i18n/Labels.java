package dev.rollscope.model.i18n;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The names of the model's enum constants as the user reads them, in English or Simplified
 * Chinese: one bundle, {@code dev/rollscope/model/i18n/labels}, for the exports, the reports, the
 * designer and the playback. A constant's name is the key {@code SimpleClassName.CONSTANT} (a
 * {@code Cause}, a {@code HopKind}, ...); its short name, for a diagram's box or a canvas, is the
 * key {@code SimpleClassName.CONSTANT.short}, given for the platforms and the fronts. A request's
 * verdict, which is no enum, is {@code Verdict.OK} or {@code Verdict.FAILED}.
 */
public final class Labels {

    /** The bundle's base name. */
    public static final String BUNDLE = "dev.rollscope.model.i18n.labels";

    private final ResourceBundle bundle;

    private Labels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The labels in the given language (English when there is no translation). */
    public static Labels of(Locale locale) {
        return new Labels(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The name of a constant of the model ({@code drain ended} for {@code Cause.DRAIN_ENDED}). */
    public String name(Enum<?> constant) {
        return bundle.getString(key(constant));
    }

    /** The short name of a platform or front ({@code GCE MIG} for {@code Platform.GCE_MIG}). */
    public String shortName(Enum<?> constant) {
        return bundle.getString(key(constant) + ".short");
    }

    /** The word for a request's verdict: {@code OK} or {@code FAILED} (成功, 失败). */
    public String verdict(boolean ok) {
        return bundle.getString(ok ? "Verdict.OK" : "Verdict.FAILED");
    }

    /**
     * The name of the constant of {@code type} called {@code constant}, or {@code constant} itself
     * when {@code type} has none of that name: for a trace event's detail, which names a cause
     * for some events and is free text for others.
     */
    public <E extends Enum<E>> String nameOr(Class<E> type, String constant) {
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(constant)) {
                return name(c);
            }
        }
        return constant;
    }

    /** The key of a constant's name in the bundle. */
    public static String key(Enum<?> constant) {
        return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }
}
