package dev.rollscope.model.export.mermaid;

/** The kinds of block statement, with the keyword that opens them and the one between branches. */
enum BlockKind {
    LOOP("loop", null),
    OPT("opt", null),
    BREAK("break", null),
    RECT("rect", null),
    ALT("alt", "else"),
    PAR("par", "and"),
    CRITICAL("critical", "option");

    private final String keyword;
    private final String branchKeyword;

    BlockKind(String keyword, String branchKeyword) {
        this.keyword = keyword;
        this.branchKeyword = branchKeyword;
    }

    String keyword() {
        return keyword;
    }

    String branchKeyword() {
        return branchKeyword;
    }
}
