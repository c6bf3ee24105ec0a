package dev.rollscope.lab.balancer;

import java.io.IOException;
import java.net.Socket;
import jdk.net.ExtendedSocketOptions;

/**
 * Turns Linux's delayed ACK off on a socket the lab reads from. nginx sends a response head and
 * body in two writes with Nagle's algorithm on (it sets TCP_NODELAY only on keepalive and
 * unbuffered connections), so each lab socket that delays its ACK holds the body back up to
 * 40 ms: latency real networks have too, but one the lab's extra loopback legs would multiply.
 * Linux clears the option after use, so it is set again after every read.
 */
public final class QuickAck {

    private QuickAck() {
    }

    public static void again(Socket s) {
        try {
            s.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
        } catch (IOException | UnsupportedOperationException e) {
            // not Linux, or closed: delayed ACKs only cost latency
        }
    }
}
