package dev.rollscope.model.importing.nginx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Chooses the location that serves a request path as nginx does (ngx_http_core_module
 * "location"): an exact {@code =} match wins at once; otherwise the longest matching prefix is
 * remembered; if it has {@code ^~}, it wins; otherwise regular expressions ({@code ~}, {@code ~*})
 * are tried in the order they appear, those nested in the remembered prefix location first, and
 * the first match wins; if none matches, the remembered prefix location serves the request.
 * Named locations ({@code @name}) serve only internal redirects and are never chosen.
 */
public final class NginxLocations {

    private NginxLocations() {
    }

    /**
     * The chain of locations serving {@code path}, outermost first (nested locations after their
     * parent); empty when no location matches.
     */
    public static List<Directive> serving(List<Directive> block, String path) {
        List<Directive> chain = new ArrayList<>();
        choose(block, path, chain);
        return chain;
    }

    /** Fills {@code chain} with the choice among {@code block}'s locations; true when a regex or exact matched. */
    private static boolean choose(List<Directive> block, String path, List<Directive> chain) {
        Directive longest = null;
        int longestLength = -1;
        for (Directive d : locations(block)) {
            String mod = modifier(d);
            String pattern = pattern(d);
            if (mod.equals("=") && pattern.equals(path)) {
                chain.add(d);
                return true;
            }
            if ((mod.isEmpty() || mod.equals("^~")) && path.startsWith(pattern) && pattern.length() > longestLength) {
                longest = d;
                longestLength = pattern.length();
            }
        }
        List<Directive> nested = new ArrayList<>();
        if (longest != null) {
            nested.add(longest);
            if (modifier(longest).equals("^~")) {
                choose(longest.children(), path, nested);
                chain.addAll(nested);
                return true;
            }
            if (choose(longest.children(), path, nested)) {
                chain.addAll(nested);
                return true;
            }
        }
        for (Directive d : locations(block)) {
            if (matchesRegex(d, path)) {
                chain.add(d);
                choose(d.children(), path, chain);
                return true;
            }
        }
        chain.addAll(nested);
        return false;
    }

    private static List<Directive> locations(List<Directive> block) {
        List<Directive> out = new ArrayList<>();
        for (Directive d : block) {
            if (d.name().equals("location") && d.isBlock() && !d.args().isEmpty() && !pattern(d).startsWith("@")) {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean matchesRegex(Directive d, String path) {
        String mod = modifier(d);
        if (!mod.equals("~") && !mod.equals("~*")) {
            return false;
        }
        try {
            Pattern p = Pattern.compile(pattern(d), mod.equals("~*") ? Pattern.CASE_INSENSITIVE : 0);
            return p.matcher(path).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    /** {@code =}, {@code ^~}, {@code ~}, {@code ~*}, or empty for a plain prefix. */
    static String modifier(Directive location) {
        if (location.args().size() >= 2) {
            return location.args().get(0);
        }
        String a = location.arg();
        for (String m : new String[] {"^~", "~*", "=", "~"}) {
            if (a.startsWith(m) && a.length() > m.length()) {
                return m;
            }
        }
        return "";
    }

    static String pattern(Directive location) {
        if (location.args().size() >= 2) {
            return location.args().get(1);
        }
        String a = location.arg();
        return a.substring(modifier(location).length());
    }

    /** The upstream name in {@code proxy_pass http://name[:port][/uri]} or stream {@code proxy_pass name}. */
    static Optional<String> upstreamName(String proxyPass) {
        String s = proxyPass.replaceFirst("^[a-z]+://", "");
        int cut = s.length();
        for (char c : new char[] {':', '/'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        String name = s.substring(0, cut);
        return name.isEmpty() || name.startsWith("$") || name.equals("unix") ? Optional.empty() : Optional.of(name);
    }
}
