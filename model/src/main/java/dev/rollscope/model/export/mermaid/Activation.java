package dev.rollscope.model.export.mermaid;

/** What a message does to the activation bars of its ends. */
public enum Activation {
    NONE(""),
    /** {@code ->>+}: the receiver starts working (its bar opens). */
    ACTIVATE_TARGET("+"),
    /** {@code -->>-}: the sender has finished (its innermost bar closes). */
    DEACTIVATE_SOURCE("-");

    private final String syntax;

    Activation(String syntax) {
        this.syntax = syntax;
    }

    public String syntax() {
        return syntax;
    }
}
