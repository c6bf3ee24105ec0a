package dev.rollscope.app.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The cases made of text and bytes rather than of a JSON tree: truncations, random byte mutations,
 * duplicate keys, encodings, deep nesting, the 5 MB limit, empty and odd texts, and special files.
 */
final class TextCases {

    private final CorpusWriter out;
    private final Random random;

    TextCases(CorpusWriter out, Random random) {
        this.out = out;
        this.random = random;
    }

    void truncations(byte[] bytes, int n) {
        int last = lastIndexOf(bytes, (byte) '}');
        for (int k = 0; k < n; k++) {
            int at = (int) ((long) k * last / n);
            out.add("truncation", Arrays.copyOf(bytes, at), Expect.REFUSED);
        }
    }

    void byteMutations(byte[] bytes, int n) {
        for (int k = 0; k < n; k++) {
            byte[] b = bytes.clone();
            int at = random.nextInt(b.length);
            switch (k % 3) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b = splice(b, at, 1, new byte[0]);
                default -> b = splice(b, at, 0, new byte[] {(byte) random.nextInt(256)});
            }
            out.add("byte mutation", b, Expect.EITHER);
        }
    }

    void duplicateKeys(ObjectNode base) {
        String[] lines = CorpusWriter.pretty(base).split("\n");
        int made = 0;
        for (int i = 0; i < lines.length && made < 40; i += 3) {
            String line = lines[i];
            if (line.matches("\\s*\"[A-Za-z]+\" : (\"[^\"]*\"|[-0-9.]+|true|false),?")) {
                List<String> duplicated = new ArrayList<>(List.of(lines));
                duplicated.add(i, line.endsWith(",") ? line : line + ",");
                out.add("duplicate key", String.join("\n", duplicated), Expect.REFUSED);
                made++;
            }
        }
    }

    void encodings(ObjectNode base) {
        String text = CorpusWriter.pretty(base);
        out.add("encoding", "\uFEFF" + text, Expect.REFUSED);
        out.add("encoding", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
                Expect.REFUSED);
        out.add("encoding", text.getBytes(StandardCharsets.UTF_16BE), Expect.REFUSED);
        out.add("encoding", text.getBytes(StandardCharsets.UTF_16), Expect.REFUSED);
        out.add("encoding", text.replace("roll", "r\u00e9ll").getBytes(StandardCharsets.ISO_8859_1), Expect.REFUSED);
        out.add("encoding", concat(text.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3}), Expect.REFUSED);
        out.add("encoding", text.replace("\"name\"", "'name'"), Expect.REFUSED);
        out.add("encoding", text.replace("\n", "\r\n"), Expect.VALID);
        out.add("encoding", text + "\n// comment\n", Expect.REFUSED);
        out.add("encoding", text + text, Expect.REFUSED);
    }

    void nesting(ObjectNode base) {
        for (int depth : new int[] {10, 999, 1001, 10_000, 200_000}) {
            String open = "[".repeat(depth);
            String close = "]".repeat(depth);
            out.add("deep nesting", "{\"schemaVersion\": 1, \"name\": \"n\", \"hops\": " + open + close + "}",
                    Expect.REFUSED);
            out.add("deep nesting", "{\"x\": " + "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth) + "}",
                    Expect.REFUSED);
            ObjectNode t = base.deepCopy();
            out.add("deep nesting", CorpusWriter.pretty(t).replaceFirst("\\{", "{\"zzz\": " + open + close + ","), Expect.REFUSED);
        }
    }

    void sizeLimit(ObjectNode base) {
        String text = CorpusWriter.pretty(base);
        for (long size : new long[] {4_999_999, 5_000_000, 5_000_001, 6_000_000}) {
            int pad = (int) (size - text.getBytes(StandardCharsets.UTF_8).length);
            out.add("5 MB limit", text + " ".repeat(pad), size <= 5_000_000 ? Expect.VALID : Expect.REFUSED);
        }
        ObjectNode d = base.deepCopy();
        d.put("description", "x".repeat(4_990_000));
        out.add("5 MB limit", CorpusWriter.pretty(d), Expect.VALID);
    }

    void emptyAndOdd() {
        for (String s : new String[] {"", " ", "\n\n", "null", "[]", "{}", "0", "\"x\"", "true", "{\"schemaVersion\": 1}",
            "{\"schemaVersion\": 2, \"name\": \"n\", \"hops\": []}", "\u0000", "{", "}", "[{}]", "{\"\": 1}"}) {
            out.add("empty or odd", s, Expect.REFUSED);
        }
    }

    void specialFiles() throws IOException {
        out.addFile(out.dir().resolve("missing.json"), Expect.REFUSED);
        Path sub = Files.createDirectories(out.dir().resolve("a-directory.json"));
        out.addFile(sub, Expect.REFUSED);
        for (String dev : new String[] {"/dev/null", "/dev/zero", "/dev/urandom"}) {
            if (Files.exists(Path.of(dev))) {
                out.addFile(Path.of(dev), Expect.REFUSED);
            }
        }
        Path fifo = out.dir().resolve("fifo-without-writer.json");
        try {
            if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
                out.addFile(fifo, Expect.REFUSED);
            }
        } catch (IOException | InterruptedException e) {
            // no mkfifo here: the pipe case is left out
        }
    }

    private static int lastIndexOf(byte[] bytes, byte b) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return bytes.length;
    }

    /** {@code b} with {@code remove} bytes at {@code at} replaced by {@code insert}. */
    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        return concat(concat(Arrays.copyOfRange(b, 0, at), insert),
                Arrays.copyOfRange(b, at + remove, b.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
