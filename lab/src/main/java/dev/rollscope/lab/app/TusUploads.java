package dev.rollscope.lab.app;

/**
 * The tus 1.0 side of the lab's application (domain.md §13), as the engine models it: a POST with
 * a body creates the upload at its URL (creation-with-upload) when its header arrives; HEAD answers
 * the stored offset; PATCH appends from Upload-Offset. An upload this instance cannot find (not in
 * its own store, not in the shared one) is answered 404 before a byte of the body is read, as tusd
 * looks the upload up first. A chunk counts as stored when its whole body has arrived.
 */
final class TusUploads {

    /**
     * The application's answer to a tus request.
     *
     * @param status  status code and reason
     * @param headers header lines, each ending in CRLF
     * @param early   sent before the body is read (the upload is unknown)
     */
    record Answer(String status, String headers, boolean early) {
    }

    private final UploadStore own;
    private final UploadStore shared;

    TusUploads(UploadStore own, UploadStore shared) {
        this.own = own;
        this.shared = shared;
    }

    /** On the request's head: an answer that needs no body (HEAD, or 404/409), or null to read the body. */
    Answer onHead(RequestHead h) {
        if (h.method().equals("POST")) {
            (h.storage().equals("shared") ? shared : own).create(h.target(), h.uploadLength());
            return null;
        }
        UploadStore s = storeOf(h.target());
        if (s == null) {
            return new Answer("404 Not Found", "", true);
        }
        long offset = s.offset(h.target());
        if (h.method().equals("HEAD")) {
            return new Answer("200 OK", offsetHeaders(offset) + "Upload-Length: " + s.length(h.target())
                    + "\r\nCache-Control: no-store\r\n", false);
        }
        return offset == h.uploadOffset() ? null : new Answer("409 Conflict", offsetHeaders(offset), true);
    }

    /** The whole body of a POST or PATCH has arrived: it is stored, and the answer says the new offset. */
    Answer onBody(RequestHead h) {
        UploadStore s = storeOf(h.target());
        if (s == null) {
            return new Answer("404 Not Found", "", false);
        }
        boolean creation = h.method().equals("POST");
        s.store(h.target(), creation ? 0 : h.uploadOffset(), h.contentLength());
        String offset = offsetHeaders(s.offset(h.target()));
        return creation ? new Answer("201 Created", "Location: " + h.target() + "\r\n" + offset, false)
                : new Answer("204 No Content", offset, false);
    }

    private UploadStore storeOf(String url) {
        return own.knows(url) ? own : shared.knows(url) ? shared : null;
    }

    private static String offsetHeaders(long offset) {
        return "Tus-Resumable: 1.0.0\r\nUpload-Offset: " + offset + "\r\n";
    }
}
