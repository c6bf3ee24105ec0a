package dev.rollscope.model.importing.tree;

import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Picks the one object of a file meant for the hop: the one named by {@code --name}, or the only one. */
public final class Choose {

    private Choose() {
    }

    /**
     * @param noun what the items are, for the message ({@code service}, {@code Deployment})
     * @throws ImportException at {@code where} when no item or more than one fits
     */
    public static Node one(List<Node> items, String name, Function<Node, String> nameOf, Origin where, String noun)
            throws ImportException {
        List<Node> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Node item : items) {
            names.add(nameOf.apply(item));
            if (name == null || name.equals(nameOf.apply(item))) {
                found.add(item);
            }
        }
        if (found.size() != 1) {
            String listed = String.join(", ", names);
            throw !found.isEmpty() ? ImportException.at(where, "choose.many", found.size(), noun, listed)
                    : name == null ? ImportException.at(where, "choose.none", noun, listed)
                    : ImportException.at(where, "choose.noneNamed", noun, name, listed);
        }
        return found.get(0);
    }
}
