package dev.rollscope.model.importing.nginx;

import dev.rollscope.model.importing.Origin;
import java.util.List;

/**
 * One nginx directive as written: its name, its arguments (quotes and escapes resolved, variables
 * left as text), where it is, and the directives of its block when it has one.
 *
 * @param file     the file it is in, as reports name it
 * @param line     1-based line of its name
 * @param children the block's directives, or {@code null} when the directive ends with {@code ;}
 * @param endLine  the line of the closing brace of its block, or {@code line} without a block
 */
public record Directive(String name, List<String> args, String file, int line, List<Directive> children,
                        int endLine) {

    public Directive {
        args = List.copyOf(args);
        children = children == null ? null : List.copyOf(children);
    }

    public boolean isBlock() {
        return children != null;
    }

    public Origin origin() {
        return new Origin(file, line, name);
    }

    /** The first argument, or an empty string. */
    public String arg() {
        return args.isEmpty() ? "" : args.get(0);
    }

    /** {@code location = /x}, {@code server}, {@code upstream backend}: how reports name a block. */
    public String title() {
        return args.isEmpty() ? name : name + " " + String.join(" ", args);
    }
}
