package dev.rollscope.lab.client;

import dev.rollscope.lab.balancer.QuickAck;
import dev.rollscope.lab.proc.Ports;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The lab's HTTP client: one request on a new connection ({@code Connection: close}), its body
 * sent at the client's upload rate while the answer is read, so an early answer (413, 502) is seen
 * as it comes. It tells the application how long to think and how much to answer with
 * {@code X-Processing-Ms} and {@code X-Response-Bytes}.
 */
public final class HttpDriver {

    private final int port;
    private final LongSupplier clock;
    private final long timeoutMillis;

    /**
     * @param port          the entry of the chain on 127.0.0.1
     * @param clock         milliseconds since the scenario started
     * @param timeoutMillis how long the client waits for any byte before it gives up
     */
    public HttpDriver(int port, LongSupplier clock, long timeoutMillis) {
        this.port = port;
        this.clock = clock;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * What one request asks for.
     *
     * @param pauseAtByte the client stops sending after this many body bytes, or -1 for no pause
     * @param pauseMillis for this long (domain.md §15)
     * @param client      who sends it, in an {@code X-Client} header that a hash affinity reads (domain.md
     *                    §12), or null
     * @param target      the request target, or null for {@code /<id>}
     * @param headers     more header lines, each ending in CRLF (a tus request's, domain.md §13), or empty
     */
    public record Call(String id, String method, long bodyBytes, long uploadBps, long processingMillis,
                       long responseBytes, long pauseAtByte, long pauseMillis, String client, String target,
                       String headers) {

        /** A call whose client does not pause. */
        public Call(String id, String method, long bodyBytes, long uploadBps, long processingMillis,
                    long responseBytes) {
            this(id, method, bodyBytes, uploadBps, processingMillis, responseBytes, -1, 0, null);
        }

        /** A call to {@code /<id>} with the lab's headers only. */
        public Call(String id, String method, long bodyBytes, long uploadBps, long processingMillis,
                    long responseBytes, long pauseAtByte, long pauseMillis, String client) {
            this(id, method, bodyBytes, uploadBps, processingMillis, responseBytes, pauseAtByte, pauseMillis, client,
                    null, "");
        }
    }

    public RealOutcome send(Call call) {
        long start = clock.getAsLong();
        ThrottledWriter writer = null;
        ResponseReader reader = null;
        try (Socket s = new Socket()) {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(Ports.HOST, port), (int) timeoutMillis);
            s.setSoTimeout((int) timeoutMillis);
            QuickAck.again(s);
            writer = new ThrottledWriter(s.getOutputStream(), head(call), call.bodyBytes(), call.uploadBps(),
                    call.pauseAtByte(), call.pauseMillis());
            Thread w = new Thread(writer, "client-" + call.id());
            w.setDaemon(true);
            w.start();
            reader = new ResponseReader(new BufferedInputStream(s.getInputStream()));
            if (!reader.readHead()) {
                return outcome(call, reader, false, start, "reset");
            }
            writer.stop();
            QuickAck.again(s);
            boolean whole = call.method().equals("HEAD") || reader.status == 204 || reader.readBody();
            return outcome(call, reader, !whole, start, "");
        } catch (SocketTimeoutException e) {
            return outcome(call, reader, reader != null && reader.status > 0, start, "timeout");
        } catch (IOException e) {
            return outcome(call, reader, reader != null && reader.status > 0, start, "reset");
        } finally {
            if (writer != null) {
                writer.stop();
            }
        }
    }

    private RealOutcome outcome(Call call, ResponseReader r, boolean truncated, long start, String error) {
        int status = r == null ? 0 : r.status;
        String err = status > 0 && !truncated ? "" : error;
        return new RealOutcome(call.id(), status, truncated, r == null ? List.of() : r.hops, start,
                clock.getAsLong(), err, r == null ? -1 : r.uploadOffset);
    }

    private static byte[] head(Call c) {
        String h = c.method() + " " + (c.target() != null ? c.target() : "/" + c.id())
                + " HTTP/1.1\r\nHost: lab\r\nConnection: close\r\n" + c.headers()
                + "X-Processing-Ms: " + c.processingMillis() + "\r\nX-Response-Bytes: " + c.responseBytes() + "\r\n"
                + (c.client() != null ? "X-Client: " + c.client() + "\r\n" : "")
                + (c.bodyBytes() > 0 || !c.method().equals("GET") && !c.method().equals("HEAD") ? "Content-Length: " + c.bodyBytes() + "\r\n" : "")
                + "\r\n";
        return h.getBytes(StandardCharsets.US_ASCII);
    }
}
