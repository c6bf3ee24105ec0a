package dev.rollscope.lab.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the lab's application keeps unfinished tus uploads (domain.md §13): each upload's length
 * and the bytes stored so far, by its URL. An instance has one of its own, which its replacement
 * does not inherit (storage POD), and the hop's instances share one (storage SHARED).
 */
public final class UploadStore {

    private record Upload(long length, long offset) {
    }

    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

    /** Creates (or starts again) the upload at url, with nothing stored. */
    void create(String url, long length) {
        uploads.put(url, new Upload(length, 0));
    }

    boolean knows(String url) {
        return uploads.containsKey(url);
    }

    /** The bytes stored of the upload at url; it must exist. */
    long offset(String url) {
        return uploads.get(url).offset();
    }

    long length(String url) {
        return uploads.get(url).length();
    }

    /** The whole body of a chunk sent from offset {@code from} has arrived: it is stored. */
    void store(String url, long from, long bytes) {
        uploads.computeIfPresent(url, (k, u) -> new Upload(u.length(), Math.max(u.offset(), from + bytes)));
    }
}
