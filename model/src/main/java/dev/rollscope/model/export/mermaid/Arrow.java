package dev.rollscope.model.export.mermaid;

/** The message arrows the exporter draws, with their Mermaid syntax. */
public enum Arrow {
    /** A request or a leg of one: {@code ->>}. */
    SOLID("->>"),
    /** A response: {@code -->>}. */
    DOTTED("-->>"),
    /** A request that broke here: {@code -x}. */
    SOLID_CROSS("-x"),
    /** A response that broke here: {@code --x}. */
    DOTTED_CROSS("--x"),
    /** An asynchronous or streamed part of a request: {@code -)}. */
    SOLID_ASYNC("-)"),
    /** An asynchronous or streamed part of a response: {@code --)}. */
    DOTTED_ASYNC("--)");

    private final String syntax;

    Arrow(String syntax) {
        this.syntax = syntax;
    }

    public String syntax() {
        return syntax;
    }
}
