package dev.rollscope.lab.app;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The head of an HTTP/1.x request as the lab's application reads it: the headers it acts on.
 * {@code X-Processing-Ms} and {@code X-Response-Bytes} come from the lab's client and say how long
 * to think and how much to answer. A tus request (domain.md §13) carries {@code Tus-Resumable},
 * {@code Upload-Offset} or {@code Upload-Length}, and on its creation the lab's
 * {@code X-Upload-Storage} ({@code shared} or {@code pod}): where the server keeps it.
 *
 * @param uploadOffset the tus Upload-Offset, or -1
 * @param uploadLength the tus Upload-Length, or -1
 * @param storage      the lab's X-Upload-Storage, or empty
 */
record RequestHead(String method, String target, long contentLength, long processingMillis, long responseBytes,
                   boolean keepAlive, boolean tus, long uploadOffset, long uploadLength, String storage) {

    private static final int MAX_HEAD = 16 * 1024;

    /** Reads up to the blank line; null when the connection closed before a request began. */
    static RequestHead read(InputStream in) throws IOException {
        String head = readHead(in);
        if (head == null) {
            return null;
        }
        String[] lines = head.split("\r\n");
        String[] requestLine = lines[0].split(" ");
        boolean http11 = lines[0].endsWith("HTTP/1.1");
        long length = 0;
        long processing = 0;
        long response = 0;
        String connection = "";
        boolean tus = false;
        long offset = -1;
        long total = -1;
        String storage = "";
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            switch (name) {
                case "content-length": length = Long.parseLong(value); break;
                case "x-processing-ms": processing = Long.parseLong(value); break;
                case "x-response-bytes": response = Long.parseLong(value); break;
                case "connection": connection = value.toLowerCase(Locale.ROOT); break;
                case "tus-resumable": tus = true; break;
                case "upload-offset": offset = Long.parseLong(value); break;
                case "upload-length": total = Long.parseLong(value); break;
                case "x-upload-storage": storage = value.toLowerCase(Locale.ROOT); break;
                default: break;
            }
        }
        boolean keepAlive = http11 ? !connection.contains("close") : connection.contains("keep-alive");
        return new RequestHead(requestLine[0], requestLine.length > 1 ? requestLine[1] : "/", length, processing,
                response, keepAlive, tus, offset, total, storage);
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            b.append((char) c);
            int n = b.length();
            if (n >= 4 && b.charAt(n - 1) == '\n' && b.charAt(n - 2) == '\r' && b.charAt(n - 3) == '\n'
                    && b.charAt(n - 4) == '\r') {
                return new String(b.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.US_ASCII);
            }
            if (n > MAX_HEAD) {
                throw new IOException("request head over " + MAX_HEAD + " bytes");
            }
        }
        if (b.length() == 0) {
            return null;
        }
        throw new EOFException("connection closed inside a request head");
    }
}
