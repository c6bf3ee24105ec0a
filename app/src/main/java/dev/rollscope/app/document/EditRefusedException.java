package dev.rollscope.app.document;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.topology.ChainProblem;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An edit refused before anything changed: because it would break a rule of the chain (the
 * model's {@link ChainProblem}, with the model's words), or because the designer cannot do it (a
 * key of the app's messages and its arguments). Either way the user reads the reason in their
 * language.
 */
public final class EditRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Object[] args;
    private final transient ChainProblem broken;

    /** An edit the designer refuses on its own, with the app's message {@code key}. */
    public EditRefusedException(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
        this.broken = null;
    }

    /** An edit that would make a chain the model refuses. */
    public EditRefusedException(ChainProblem broken) {
        super(broken.message(Locale.ENGLISH));
        this.key = null;
        this.args = new Object[0];
        this.broken = broken;
    }

    /** The app's message key, or null when the reason is a rule of the chain ({@link #broken()}). */
    public String key() {
        return key;
    }

    /** The rule of the chain the edit would break, if that is the reason. */
    public Optional<ChainProblem> broken() {
        return Optional.ofNullable(broken);
    }

    /** The reason, in the language of {@code messages}. */
    public String message(Messages messages) {
        return broken != null ? broken.message(messages.locale()) : messages.format(key, args);
    }
}
