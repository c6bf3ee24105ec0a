package dev.rollscope.app.playback.teach;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The lessons Rollscope ships, one per example that breaks, and their words in the user's language. */
public final class Lessons {

    /** The lessons' bundle. */
    public static final String BUNDLE = "dev.rollscope.app.playback.lessons";

    /** Every lesson, in the order the picker lists them. */
    public static final List<Lesson> ALL = List.of(
            new Lesson("bodyLimit", "failure-body-limit.json", "upload", "POST-50MB", "A", 3, 1, 413),
            new Lesson("albBudget", "failure-gfe-timeout.json", "upload", "POST-50MB", "A", 3, 1, 502),
            new Lesson("drainOff", "failure-drain-off.json", "roll A", "POST-50MB", "A", 3, 1, 502),
            new Lesson("drainShort", "failure-drain-too-short.json", "roll A", "POST-50MB", "A", 3, 1, 502),
            new Lesson("onePod", "failure-no-prestop.json", "roll D", "GET", "D", 3, 1, 502),
            new Lesson("twoPods", "kong-service-pods.json", "GET during pod replacement", "POST-in-flight", "D", 3,
                    1, 502),
            new Lesson("kongQuit", "failure-kong-quit.json", "roll C", "POST-50MB", "C", 3, 1, 502),
            new Lesson("noBuffering", "failure-no-buffering.json", "roll D", "POST-50MB", "D", 3, 1, 502),
            new Lesson("migEmptied", "failure-mig-emptied.json", "roll A", "GET", "A", 3, 1, 502));

    private final ResourceBundle bundle;
    private final Locale locale;

    public Lessons(Locale locale) {
        this.locale = locale;
        bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String title(Lesson l) {
        return text(l, "title");
    }

    public String intro(Lesson l) {
        return text(l, "intro");
    }

    public String question(Lesson l) {
        return text(l, "question");
    }

    public String choice(Lesson l, int i) {
        return text(l, "choice." + i);
    }

    public String reveal(Lesson l) {
        return text(l, "reveal");
    }

    /** A word of the lesson machinery itself (buttons, feedback): key {@code lesson.KEY}. */
    public String get(String key) {
        return bundle.getString("lesson." + key);
    }

    /** The pattern {@code lesson.KEY} with {@link MessageFormat} arguments filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    private String text(Lesson l, String key) {
        return bundle.getString(l.id() + "." + key);
    }
}
