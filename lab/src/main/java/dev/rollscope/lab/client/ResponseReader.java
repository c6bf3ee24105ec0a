package dev.rollscope.lab.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads an HTTP/1.1 response: status line, headers (keeping every X-Hop), body by length or chunks. */
final class ResponseReader {

    int status;
    final List<String> hops = new ArrayList<>();
    /** The tus Upload-Offset header (domain.md §13), or -1. */
    long uploadOffset = -1;
    private long length = -1;
    private boolean chunked;

    private final InputStream in;

    ResponseReader(InputStream in) {
        this.in = in;
    }

    /** Reads the head; false when the connection ended before a status line. */
    boolean readHead() throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            return false;
        }
        String[] parts = statusLine.split(" ");
        status = Integer.parseInt(parts[1]);
        String h;
        while ((h = line()) != null && !h.isEmpty()) {
            int colon = h.indexOf(':');
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            if (name.equals("x-hop")) {
                hops.add(value);
            } else if (name.equals("upload-offset")) {
                uploadOffset = Long.parseLong(value);
            } else if (name.equals("content-length")) {
                length = Long.parseLong(value);
            } else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                chunked = true;
            }
        }
        return h != null;
    }

    /** Reads the body; true when it arrived whole. */
    boolean readBody() throws IOException {
        if (chunked) {
            return readChunks();
        }
        if (length < 0) {
            while (in.read() >= 0) {
                continue;
            }
            return true;
        }
        return skip(length);
    }

    private boolean readChunks() throws IOException {
        while (true) {
            String size = line();
            if (size == null) {
                return false;
            }
            long n = Long.parseLong(size.split(";")[0].trim(), 16);
            if (!skip(n + 2)) {
                return false;
            }
            if (n == 0) {
                return true;
            }
        }
    }

    private boolean skip(long n) throws IOException {
        long left = n;
        byte[] buf = new byte[16 * 1024];
        while (left > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                return false;
            }
            left -= r;
        }
        return true;
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                String s = b.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            b.write(c);
        }
        return null;
    }
}
