package dev.rollscope.app.playback;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.SimulationLimitException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CompletionException;

/**
 * The playback's words in the user's language: its own bundle ({@code playback.properties}, with a
 * Simplified Chinese translation), the app's {@link Messages}, and the engine's explanations.
 */
public final class PlaybackTexts {

    /** The playback's bundle. */
    public static final String BUNDLE = "dev.rollscope.app.playback.playback";

    private final Messages messages;
    private final ResourceBundle bundle;

    public PlaybackTexts(Messages messages) {
        this.messages = messages;
        this.bundle = ResourceBundle.getBundle(BUNDLE, messages.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Messages messages() {
        return messages;
    }

    public Locale locale() {
        return messages.locale();
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The pattern under {@code key} with {@link MessageFormat} arguments filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale()).format(args);
    }

    /**
     * The display name of an enum constant: the model's names for a constant of the model
     * ({@link Messages#name}), else key {@code SimpleClassName.CONSTANT} of this bundle.
     */
    public String name(Enum<?> constant) {
        return Messages.ofModel(constant) ? messages.name(constant)
                : get(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    /** A few words for a failure's cause, to print beside its mark. */
    public String shortCause(Failure f) {
        return name(f.cause());
    }

    public Explanation explain(Failure f) {
        return Explanation.of(f, locale());
    }

    /**
     * What to tell the user about a simulation that failed: the message of a refusal the user can
     * cause (an event limit, a scenario the engine rejects), else a sentence naming the error.
     */
    public String problem(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        boolean known = cause instanceof SimulationLimitException || cause instanceof IllegalArgumentException;
        return known ? messages().reason(cause) : format("session.failed", cause);
    }

    /** Simulated milliseconds as seconds with three decimals: {@code 51.102 s}. */
    public String seconds(long millis) {
        return format("time.seconds", millis / 1000.0);
    }
}
