package dev.rollscope.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handoff between launches, without a window: in this JVM, and with a second process. */
class SingleInstanceTest {

    @TempDir
    Path dir;

    private final BlockingQueue<Handoff> received = new LinkedBlockingQueue<>();
    private SingleInstance first;
    private Process child;

    @AfterEach
    void stop() {
        if (first != null) {
            first.close();
        }
        if (child != null) {
            child.destroyForcibly();
        }
    }

    private Handoff next() throws InterruptedException {
        Handoff h = received.poll(5, TimeUnit.SECONDS);
        assertThat(h).as("a handoff within 5 s").isNotNull();
        return h;
    }

    @Test
    void theFirstLaunchServesAndTheSecondHandsItsFileOverAsAnAbsolutePath() throws Exception {
        first = SingleInstance.claim(dir, Handoff.of(Path.of("a.json")));
        first.server().orElseThrow().deliverTo(received::add);

        SingleInstance second = SingleInstance.claim(dir, Handoff.of(Path.of("examples", "b.json")));

        assertThat(first.handedOff()).isFalse();
        assertThat(second.handedOff()).isTrue();
        assertThat(second.server()).isEmpty();
        assertThat(next().file()).isEqualTo(Path.of("examples", "b.json").toAbsolutePath());
    }

    @Test
    void aLaunchWithoutAFileOnlyAsksForTheWindow() throws Exception {
        first = SingleInstance.claim(dir, Handoff.of(null));
        first.server().orElseThrow().deliverTo(received::add);

        assertThat(SingleInstance.claim(dir, Handoff.of(null)).handedOff()).isTrue();

        assertThat(next()).isEqualTo(new Handoff(null));
    }

    @Test
    void handoffsBeforeTheWindowIsReadyWaitForItInOrder() throws Exception {
        first = SingleInstance.claim(dir, Handoff.of(null));
        SingleInstance.claim(dir, Handoff.of(Path.of("/p/one.json")));
        SingleInstance.claim(dir, Handoff.of(Path.of("/p/two.json")));

        first.server().orElseThrow().deliverTo(received::add);

        assertThat(List.of(next().file(), next().file())).containsExactly(Path.of("/p/one.json"), Path.of("/p/two.json"));
    }

    @Test
    void somethingThatIsNotAHandoffIsDroppedAndTheServerGoesOn() throws Exception {
        first = SingleInstance.claim(dir, Handoff.of(null));
        first.server().orElseThrow().deliverTo(received::add);
        assertThat(answered("GET / HTTP/1.0", "open", "/etc/passwd")).isFalse();
        assertThat(answered(Handoff.MAGIC, "open", "relative.json")).isFalse();
        assertThat(answered(Handoff.MAGIC, "delete", "/p/x.json")).isFalse();

        assertThat(SingleInstance.claim(dir, Handoff.of(Path.of("/p/ok.json"))).handedOff()).isTrue();
        assertThat(next().file()).isEqualTo(Path.of("/p/ok.json"));
        assertThat(received).isEmpty();
    }

    /** Sends the strings as one write; false when the server closes (or resets) without an answer. */
    private boolean answered(String... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (String part : parts) {
            out.writeUTF(part);
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(dir.resolve(SingleInstance.SOCKET)))) {
            channel.write(ByteBuffer.wrap(bytes.toByteArray()));
            return channel.read(ByteBuffer.allocate(8)) > 0;
        } catch (SocketException reset) {
            return false;
        }
    }

    @Test
    void aSocketFileLeftWithoutAServerDoesNotBlockTheStart() throws Exception {
        Path socket = dir.resolve(SingleInstance.SOCKET);
        try (ServerSocketChannel crashed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            crashed.bind(UnixDomainSocketAddress.of(socket));
        }
        assertThat(socket).exists();

        first = SingleInstance.claim(dir, Handoff.of(null));

        assertThat(first.handedOff()).isFalse();
        first.server().orElseThrow().deliverTo(received::add);
        assertThat(SingleInstance.claim(dir, Handoff.of(Path.of("/p/after.json"))).handedOff()).isTrue();
        assertThat(next().file()).isEqualTo(Path.of("/p/after.json"));
    }

    /** Another process serves; killed (as a crash) it leaves its socket and lock file, and the next launch serves. */
    @Test
    void aSecondProcessHandsOverAndAKilledOneLeavesNothingInTheWay() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HandoffChild.class.getName(),
                dir.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("serving");

        SingleInstance second = SingleInstance.claim(dir, Handoff.of(Path.of("/p/handed.json")));

        assertThat(second.handedOff()).isTrue();
        assertThat(out.readLine()).isEqualTo("/p/handed.json");
        child.destroyForcibly().waitFor();
        assertThat(dir.resolve(SingleInstance.SOCKET)).exists();
        assertThat(dir.resolve(SingleInstance.LOCK)).exists();

        first = SingleInstance.claim(dir, Handoff.of(Path.of("/p/next.json")));

        assertThat(first.handedOff()).isFalse();
        assertThat(first.server()).isPresent();
    }

    @Test
    void whenTheLockIsHeldButNobodyAnswersTheLaunchOpensAWindowOfItsOwn() throws Exception {
        try (FileChannel holder = FileChannel.open(dir.resolve(SingleInstance.LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); var lock = holder.lock()) {
            long start = System.nanoTime();

            SingleInstance alone = SingleInstance.claim(dir, Handoff.of(null), Duration.ofMillis(300));

            assertThat(alone.handedOff()).isFalse();
            assertThat(alone.server()).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void thePrivateFolderIsTheUsersAlone() throws IOException {
        Path made = SingleInstance.privateFolder(dir.resolve("rollscope")).orElseThrow();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).isEqualTo("rwx------");

        Path open = Files.createDirectory(dir.resolve("open"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(SingleInstance.privateFolder(open)).isEmpty();

        Path link = Files.createSymbolicLink(dir.resolve("link"), made);
        assertThat(SingleInstance.privateFolder(link)).isEmpty();
    }
}
