package dev.rollscope.lab.client;

import java.util.ArrayList;
import java.util.List;

/**
 * The lab's resumable-upload client (domain.md §13), doing what the engine's tus client does
 * ({@code ResumableUploads}), each attempt one {@link HttpDriver} request on a new connection: the
 * first chunk creates the upload (a POST with the chunk's bytes, tus creation-with-upload), every
 * later one is a PATCH from the acknowledged offset. After a failure the client waits the next of
 * its retry delays and asks the offset with HEAD; a HEAD answered 404 starts a new upload from byte
 * 0 at once; a PATCH answered 404 ends the upload; the delays start over after progress, and a
 * 4xx other than 409 and 423 is not retried (tus-js-client).
 *
 * <p>The client names its upload's URL ({@code /files/<id>.<n>}, n counting restarts) where a tus
 * server would choose it in its 201's Location: the engine lets a client whose creating chunk was
 * cut after the server saw it resume that upload with HEAD, which needs the URL.
 */
public final class TusClient {

    /**
     * One upload.
     *
     * @param delaysMillis the retry delays (tus-js-client's retryDelays)
     * @param shared       the server keeps the upload in storage every instance reaches, else in its own
     */
    public record Upload(String id, long bytes, long chunkBytes, List<Long> delaysMillis, boolean shared,
                         long uploadBps, long processingMillis) {

        public Upload {
            delaysMillis = List.copyOf(delaysMillis);
        }
    }

    /**
     * One request of an upload and what the client saw.
     *
     * @param offset where a chunk's bytes start (a HEAD's: the offset the client knew)
     */
    public record Attempt(String method, long offset, long bytes, RealOutcome outcome) {
    }

    private final HttpDriver driver;

    public TusClient(HttpDriver driver) {
        this.driver = driver;
    }

    /** Sends the upload to its end, completed or given up; every attempt in order. */
    public List<Attempt> send(Upload u) throws InterruptedException {
        List<Attempt> attempts = new ArrayList<>();
        int generation = 1;
        long acked = 0;
        boolean exists = false;
        boolean querying = false;
        int retry = 0;
        long offsetAtFailure = -1;
        while (true) {
            String url = "/files/" + u.id() + "." + generation;
            long bytes = querying ? 0 : Math.min(u.chunkBytes(), u.bytes() - acked);
            String method = querying ? "HEAD" : exists ? "PATCH" : "POST";
            RealOutcome o = driver.send(call(u, url, method, acked, bytes));
            attempts.add(new Attempt(method, acked, bytes, o));
            if (o.status() / 100 == 2 && !o.truncated() && o.error().isEmpty()) {
                acked = querying ? o.uploadOffset() : acked + bytes;
                exists = true;
                querying = false;
                if (acked >= u.bytes()) {
                    return attempts;
                }
                continue;
            }
            int status = o.truncated() ? 0 : o.status();
            if (status == 404) {
                if (!querying) {
                    return attempts;
                }
                generation++;
                acked = 0;
                exists = false;
                querying = false;
                continue;
            }
            if (status / 100 == 4 && status != 409 && status != 423) {
                return attempts;
            }
            if (acked > offsetAtFailure) {
                retry = 0;
            }
            offsetAtFailure = acked;
            if (retry >= u.delaysMillis().size()) {
                return attempts;
            }
            querying = true;
            Thread.sleep(u.delaysMillis().get(retry++));
        }
    }

    private static HttpDriver.Call call(Upload u, String url, String method, long offset, long bytes) {
        String headers = "Tus-Resumable: 1.0.0\r\n" + switch (method) {
            case "POST" -> "Upload-Length: " + u.bytes() + "\r\nX-Upload-Storage: " + (u.shared() ? "shared" : "pod")
                    + "\r\nContent-Type: application/offset+octet-stream\r\n";
            case "PATCH" -> "Upload-Offset: " + offset + "\r\nContent-Type: application/offset+octet-stream\r\n";
            default -> "";
        };
        return new HttpDriver.Call(u.id(), method, bytes, u.uploadBps(), method.equals("HEAD") ? 0 : u.processingMillis(),
                0, -1, 0, u.id(), url, headers);
    }
}
