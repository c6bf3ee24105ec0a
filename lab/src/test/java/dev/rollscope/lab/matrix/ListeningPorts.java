package dev.rollscope.lab.matrix;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The TCP ports in the LISTEN state, of the machine or of one process (from /proc, Linux). */
final class ListeningPorts {

    private static final String LISTEN = "0A";

    private ListeningPorts() {
    }

    /** Every port listened on (IPv4 and IPv6). */
    static Set<Integer> all() throws IOException {
        Set<Integer> ports = new HashSet<>();
        for (String[] row : listening()) {
            ports.add(Integer.parseInt(row[1].substring(row[1].indexOf(':') + 1), 16));
        }
        return ports;
    }

    /** The ports a process listens on: its sockets' inodes matched with the kernel's table. */
    static Set<Integer> of(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        Set<Integer> ports = new HashSet<>();
        for (String[] row : listening()) {
            if (inodes.contains(row[9])) {
                ports.add(Integer.parseInt(row[1].substring(row[1].indexOf(':') + 1), 16));
            }
        }
        return ports;
    }

    private static List<String[]> listening() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.exists(p)) {
                continue;
            }
            List<String> lines = Files.readAllLines(p);
            for (String line : lines.subList(1, lines.size())) {
                String[] row = line.trim().split("\\s+");
                if (row[3].equals(LISTEN)) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
