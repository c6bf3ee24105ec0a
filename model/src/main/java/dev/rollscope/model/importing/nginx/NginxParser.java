package dev.rollscope.model.importing.nginx;

import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.Origin;
import dev.rollscope.model.importing.SourceFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses an nginx configuration file into {@link Directive}s, following {@code include}: the
 * included files' directives take the place of the {@code include} directive, as in nginx.
 *
 * <p>A relative include path is resolved against the directory of the main file (nginx resolves it
 * against its configuration prefix, which is that directory in a standard layout). An absolute path
 * such as {@code /etc/nginx/mime.types} is looked for under that directory too, by dropping leading
 * components ({@code etc/nginx/mime.types}, {@code nginx/mime.types}, {@code mime.types}; a glob
 * keeps its directory: {@code conf.d/*.conf}), because
 * the files under review are copies, not this machine's configuration. A glob in the last
 * component ({@code *.conf}) reads the matching files in name order; a glob that matches nothing
 * is fine, as in nginx, and is reported.
 */
public final class NginxParser {

    private static final int MAX_INCLUDE_DEPTH = 16;

    /** Parsed directives, and one note per {@code include} saying which files it read. */
    public record Config(List<Directive> directives, List<IncludeNote> includes) {
    }

    /** What one {@code include} read. */
    public record IncludeNote(Origin origin, String pattern, List<String> files) {
    }

    private final SourceFiles files;
    private final Path prefix;
    private final List<IncludeNote> includes = new ArrayList<>();

    private NginxParser(SourceFiles files, Path prefix) {
        this.files = files;
        this.prefix = prefix;
    }

    /**
     * @throws ImportException when a file cannot be read or is not valid nginx syntax, with file and line
     */
    public static Config parse(Path main, SourceFiles files) throws ImportException {
        Path abs = main.toAbsolutePath().normalize();
        NginxParser p = new NginxParser(files, abs.getParent());
        List<Directive> ds = p.parseFile(abs, 0);
        return new Config(ds, p.includes);
    }

    private List<Directive> parseFile(Path file, int depth) throws ImportException {
        String name = files.display(file);
        List<NginxTokenizer.Token> tokens = NginxTokenizer.tokens(files.read(file), name);
        int[] at = {0};
        return block(tokens, at, name, false, depth);
    }

    private List<Directive> block(List<NginxTokenizer.Token> tokens, int[] at, String file, boolean inBlock, int depth)
            throws ImportException {
        List<Directive> out = new ArrayList<>();
        while (at[0] < tokens.size()) {
            NginxTokenizer.Token t = tokens.get(at[0]++);
            boolean closed = switch (t.type()) {
                case CLOSE -> {
                    if (!inBlock) {
                        throw ImportException.at(new Origin(file, t.line(), ""), "nginx.unexpected", "}");
                    }
                    yield true;
                }
                case SEMICOLON, OPEN ->
                    throw ImportException.at(new Origin(file, t.line(), ""), "nginx.unexpected", t.text());
                case WORD -> {
                    directive(t, tokens, at, file, depth, out);
                    yield false;
                }
            };
            if (closed) {
                return out;
            }
        }
        if (inBlock) {
            throw ImportException.at(new Origin(file, tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).line(), ""),
                    "nginx.endInBlock");
        }
        return out;
    }

    private void directive(NginxTokenizer.Token name, List<NginxTokenizer.Token> tokens, int[] at, String file,
                           int depth, List<Directive> out) throws ImportException {
        List<String> args = new ArrayList<>();
        while (at[0] < tokens.size()) {
            NginxTokenizer.Token t = tokens.get(at[0]++);
            boolean ended = switch (t.type()) {
                case WORD -> {
                    args.add(t.text());
                    yield false;
                }
                case SEMICOLON -> {
                    if (name.text().equals("include")) {
                        out.addAll(include(new Origin(file, name.line(), "include"), args, depth));
                    } else {
                        out.add(new Directive(name.text(), args, file, name.line(), null, name.line()));
                    }
                    yield true;
                }
                case OPEN -> {
                    List<Directive> children = block(tokens, at, file, true, depth);
                    int end = tokens.get(at[0] - 1).line();
                    out.add(new Directive(name.text(), args, file, name.line(), children, end));
                    yield true;
                }
                case CLOSE -> throw ImportException.at(new Origin(file, t.line(), name.text()), "nginx.noSemicolon");
            };
            if (ended) {
                return;
            }
        }
        throw ImportException.at(new Origin(file, name.line(), name.text()), "nginx.endInDirective");
    }

    private List<Directive> include(Origin origin, List<String> args, int depth) throws ImportException {
        if (args.size() != 1) {
            throw ImportException.at(origin, "nginx.includeArgs", args.size());
        }
        if (depth >= MAX_INCLUDE_DEPTH) {
            throw ImportException.at(origin, "nginx.includeDepth", MAX_INCLUDE_DEPTH);
        }
        List<Path> matched = resolve(args.get(0));
        if (matched.isEmpty() && !isGlob(args.get(0))) {
            throw ImportException.at(origin, "nginx.includeMissing", args.get(0), files.display(prefix));
        }
        List<Directive> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path p : matched) {
            names.add(files.display(p));
            out.addAll(parseFile(p, depth + 1));
        }
        includes.add(new IncludeNote(origin, args.get(0), names));
        return out;
    }

    private List<Path> resolve(String pattern) throws ImportException {
        Path given = Path.of(pattern);
        List<Path> candidates = new ArrayList<>();
        if (given.isAbsolute()) {
            int keep = isGlob(pattern) ? 2 : 1;
            for (int i = 0; i <= given.getNameCount() - keep; i++) {
                candidates.add(prefix.resolve(given.subpath(i, given.getNameCount())));
            }
        } else {
            candidates.add(prefix.resolve(given));
        }
        for (Path c : candidates) {
            Path dir = c.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                continue;
            }
            if (!isGlob(pattern)) {
                if (Files.isRegularFile(c)) {
                    return List.of(c.normalize());
                }
                continue;
            }
            return glob(dir, c.getFileName().toString());
        }
        return List.of();
    }

    private List<Path> glob(Path dir, String glob) throws ImportException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) {
                    out.add(p.normalize());
                }
            }
        } catch (IOException e) {
            throw ImportException.atFile(files.display(dir), "nginx.listDirectory", e.getMessage());
        }
        out.sort(null);
        return out;
    }

    private static boolean isGlob(String pattern) {
        return pattern.contains("*") || pattern.contains("?") || pattern.contains("[");
    }
}
