package dev.rollscope.lab.client;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * Sends a request head and then a body of zeros at a fixed rate: the k-th byte leaves no earlier
 * than k × 8 / rate seconds after the body starts, in slices of 2 ms, so the last byte leaves at
 * size / rate, as the engine's transfer time says. A client that pauses (domain.md §15) sends
 * nothing more once the pause's byte has gone, for the pause, and then goes on at its rate. Stops
 * quietly when the connection closes or the answer has already come.
 */
final class ThrottledWriter implements Runnable {

    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final OutputStream out;
    private final byte[] head;
    private final long bodyBytes;
    private final long bitsPerSecond;
    private final long pauseAtByte;
    private final long pauseNanos;
    private volatile boolean stop;

    ThrottledWriter(OutputStream out, byte[] head, long bodyBytes, long bitsPerSecond, long pauseAtByte,
                    long pauseMillis) {
        this.out = out;
        this.head = head;
        this.bodyBytes = bodyBytes;
        this.bitsPerSecond = bitsPerSecond;
        this.pauseAtByte = pauseAtByte;
        this.pauseNanos = TimeUnit.MILLISECONDS.toNanos(pauseMillis);
    }

    @Override
    public void run() {
        try {
            out.write(head);
            out.flush();
            long begin = System.nanoTime();
            long sent = 0;
            boolean paused = pauseAtByte < 0;
            byte[] zeros = new byte[64 * 1024];
            while (sent < bodyBytes && !stop) {
                if (!paused && sent >= pauseAtByte) {
                    paused = true;
                    TimeUnit.NANOSECONDS.sleep(Math.max(0, begin + nanosFor(sent) + pauseNanos - System.nanoTime()));
                    begin += pauseNanos;
                }
                long elapsed = System.nanoTime() - begin + SLICE_NANOS;
                long due = Math.min(paused ? bodyBytes : pauseAtByte, (long) (elapsed / 1e9 * bitsPerSecond / 8));
                while (sent < due && !stop) {
                    int n = (int) Math.min(zeros.length, due - sent);
                    out.write(zeros, 0, n);
                    sent += n;
                }
                out.flush();
                TimeUnit.NANOSECONDS.sleep(Math.max(0, begin + nanosFor(sent) - System.nanoTime()));
            }
        } catch (IOException e) {
            // the server answered early or the connection broke: the reader reports it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long nanosFor(long bytes) {
        return (long) (bytes * 8 / (double) bitsPerSecond * 1e9);
    }

    void stop() {
        stop = true;
    }
}
