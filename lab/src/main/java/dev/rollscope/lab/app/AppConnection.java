package dev.rollscope.lab.app;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One client connection of the lab's application: read a request and its whole body, wait the
 * processing time, answer, and keep the connection for the next request until the keepalive
 * timeout. Idle between requests, it can be closed at once by a graceful stop.
 */
final class AppConnection implements Runnable {

    private final AppServer server;
    private final Socket socket;
    private final long keepaliveMillis;
    private volatile boolean idle = true;

    AppConnection(AppServer server, Socket socket, long keepaliveMillis) {
        this.server = server;
        this.socket = socket;
        this.keepaliveMillis = keepaliveMillis;
    }

    @Override
    public void run() {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            boolean again = true;
            while (again) {
                socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, keepaliveMillis)));
                RequestHead head = RequestHead.read(in);
                if (head == null) {
                    return;
                }
                idle = false;
                socket.setSoTimeout(0);
                TusUploads.Answer answer = head.tus() ? server.tus().onHead(head) : null;
                if (answer != null && answer.early()) {
                    respond(out, head, answer, false);
                    in.skipNBytes(head.contentLength());
                    return;
                }
                in.skipNBytes(head.contentLength());
                if (head.tus() && answer == null) {
                    answer = server.tus().onBody(head);
                }
                Thread.sleep(head.processingMillis());
                again = head.keepAlive() && !server.stopping();
                respond(out, head, answer, again);
                idle = true;
                again = again && !server.stopping();
            }
        } catch (SocketTimeoutException e) {
            // keepalive timeout: close the idle connection
        } catch (IOException e) {
            // the peer or a stop closed the connection
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.closed(this);
        }
    }

    /** The answer: tus's (no body, domain.md §13) when there is one, else 200 with the bytes the client asked for. */
    private void respond(OutputStream out, RequestHead head, TusUploads.Answer tus, boolean keepAlive)
            throws IOException {
        long bytes = tus == null ? head.responseBytes() : 0;
        String headers = "HTTP/1.1 " + (tus == null ? "200 OK" : tus.status())
                + "\r\nContent-Type: application/octet-stream\r\n"
                + (tus != null && tus.status().startsWith("204") ? "" : "Content-Length: " + bytes + "\r\n")
                + (tus == null ? "" : tus.headers()) + "X-Hop: " + server.id() + "\r\nConnection: "
                + (keepAlive ? "keep-alive" : "close") + "\r\n\r\n";
        out.write(headers.getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[16 * 1024];
        long left = bytes;
        while (left > 0) {
            int n = (int) Math.min(chunk.length, left);
            out.write(chunk, 0, n);
            left -= n;
        }
        out.flush();
    }

    boolean idle() {
        return idle;
    }

    /** Closes the connection; with reset, the peer sees a RST rather than a FIN. */
    void close(boolean reset) {
        try {
            if (reset) {
                socket.setSoLinger(true, 0);
            }
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
