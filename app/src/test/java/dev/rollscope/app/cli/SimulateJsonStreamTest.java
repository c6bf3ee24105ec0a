package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate --json} streams: the JSON reaches the output in pieces as it is written, never
 * as one string of the whole document (which is what needed gigabytes at 10,000 requests/s), each
 * outcome as its request ends in the simulation (format 3).
 */
class SimulateJsonStreamTest {

    /** The largest piece Jackson's generator hands on at once: its buffer of 8,000 characters. */
    private static final int PIECE = 8_000;

    @TempDir
    Path dir;

    /** A writer that keeps what it is given and the size of the largest piece. */
    private static final class Pieces extends Writer {
        final StringWriter text = new StringWriter();
        int largest;

        @Override
        public void write(char[] buf, int off, int len) {
            largest = Math.max(largest, len);
            text.write(buf, off, len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void theVerdictsOfAThousandRequestsArriveInPiecesOfAtMostTheGeneratorsBuffer() throws IOException {
        // failure-drain-off.json's roll A with 50 GETs/s for 20 s beside its POST: about 1,000 requests.
        String base = Files.readString(Path.of("..", "examples", "failure-drain-off.json"));
        Path file = Files.writeString(dir.resolve("traffic.json"), base.replace("\"requests\": [",
                "\"traffic\": {\"ratePerSecond\": 50, \"from\": \"0s\", \"until\": \"20s\", \"entries\": [{\"name\": "
                        + "\"r\", \"method\": \"GET\", \"body\": \"0B\", \"response\": \"1kB\", \"weight\": 1}]},\n"
                        + "      \"requests\": ["));
        Pieces out = new Pieces();

        RollscopeCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "simulate", file.toString(),
                "--json", "--step", "1s");

        JsonNode root = new ObjectMapper().readTree(out.text.toString());
        int requests = root.get("scenarios").get(0).get("requests").asInt();
        assertThat(requests).isBetween(900, 1100);
        assertThat(root.get("scenarios").get(0).get("outcomes")).hasSize(requests);
        long end = 0;
        for (JsonNode o : root.get("scenarios").get(0).get("outcomes")) {
            assertThat(o.get("end").asLong()).as("in the order requests end").isGreaterThanOrEqualTo(end);
            end = o.get("end").asLong();
        }
        assertThat(out.text.toString()).hasSizeGreaterThan(20 * PIECE).endsWith("}" + System.lineSeparator());
        assertThat(out.largest).isLessThanOrEqualTo(PIECE);
    }
}
