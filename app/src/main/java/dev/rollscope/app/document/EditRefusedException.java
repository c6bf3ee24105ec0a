package dev.rollscope.app.document;

import dev.rollscope.app.i18n.Messages;
import java.util.Arrays;

/**
 * An edit that would break the chain, refused before anything changed. It carries a message key
 * and arguments, so the user reads the reason in their language.
 */
public final class EditRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Object[] args;

    public EditRefusedException(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    /** The reason, in the language of {@code messages}. */
    public String message(Messages messages) {
        return messages.format(key, args);
    }
}
