package dev.rollscope.lab.nginx;

import java.util.List;

/**
 * What an nginx hop proxies to: the addresses of its upstream block, the whole list repeated
 * {@code copies} times (nginx tries every listed peer at most once per request, so copies of one
 * VIP address give a caller more tries through it; repeating the list, not each address, keeps
 * nginx's round-robin alternating between targets), and the number of tries.
 *
 * @param addresses {@code 127.0.0.1:port} of each server; empty when nothing is routable
 * @param copies    how many times each address is listed
 * @param tries     proxy_next_upstream_tries; 0 = as many as the listed peers
 * @param hashKey   the key of {@code hash KEY consistent} (domain.md §12: Kong's consistent hashing
 *                  played by nginx's ketama), or null for round robin
 */
public record Upstream(List<String> addresses, int copies, int tries, String hashKey) {

    public Upstream {
        addresses = List.copyOf(addresses);
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be ≥ 1, not " + copies);
        }
    }

    /** Round robin over the addresses. */
    public Upstream(List<String> addresses, int copies, int tries) {
        this(addresses, copies, tries, null);
    }

    /** One server, tried as nginx's proxy_next_upstream_tries says. */
    public static Upstream single(String address, int tries) {
        return new Upstream(List.of(address), 1, tries);
    }

    void render(Conf c, String options) {
        if (hashKey != null) {
            c.line("hash " + hashKey + " consistent");
        }
        for (int i = 0; i < copies; i++) {
            for (String a : addresses) {
                c.line("server " + a + options);
            }
        }
    }
}
