package dev.rollscope.model.scenario;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.units.Excerpt;
import java.util.Set;
import java.util.regex.Pattern;

/** HTTP method rules shared by requests and traffic mixes. */
final class Methods {

    static final Pattern TOKEN = Pattern.compile("[A-Z][A-Z-]{0,19}");
    /** nginx never passes these to the next server once sent (domain.md §2 proxy_next_upstream). */
    private static final Set<String> NON_IDEMPOTENT = Set.of("POST", "LOCK", "PATCH");

    private Methods() {
    }

    static String check(String method, Refusal where) {
        if (method == null || !TOKEN.matcher(method).matches()) {
            throw RefusalException.of("method.bad", where, method == null ? "null" : Excerpt.quote(method));
        }
        return method;
    }

    static boolean idempotent(String method) {
        return !NON_IDEMPOTENT.contains(method);
    }
}
