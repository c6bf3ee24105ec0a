package dev.rollscope.model.importing;

import dev.rollscope.model.i18n.Counted;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of a report line, in any language Rollscope speaks: an entry of the bundle
 * {@code dev/rollscope/model/importing/report} (English, and {@code report_zh_CN}) filled with its
 * arguments. An argument is a name or value from the files (shown as it is) or another text
 * (shown in the same language).
 *
 * @param key  the bundle entry
 * @param args names and values as strings, and nested texts
 */
public record ReportText(String key, List<Object> args) {

    /** The bundle's base name. */
    public static final String BUNDLE = "dev.rollscope.model.importing.report";

    public ReportText {
        args = List.copyOf(args);
        for (Object a : args) {
            if (!(a instanceof String) && !(a instanceof ReportText)) {
                throw new IllegalArgumentException("a report argument is a string or a text, not " + a);
            }
        }
    }

    /** The text of {@code key}; each argument that is not a text is shown as {@link String#valueOf} gives it. */
    public static ReportText of(String key, Object... args) {
        return new ReportText(key, Arrays.stream(args).map(a -> a instanceof ReportText ? a : String.valueOf(a))
                .toList());
    }

    /** The text in the given language (English when there is no translation). */
    public String render(Locale locale) {
        Object[] filled = args.stream().map(a -> a instanceof ReportText ? ((ReportText) a).render(locale) : a)
                .toArray();
        return Counted.format(bundle(locale).getString(key), locale, filled);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
