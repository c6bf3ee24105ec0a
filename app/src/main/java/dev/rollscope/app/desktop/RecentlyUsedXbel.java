package dev.rollscope.app.desktop;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The freedesktop list of recently used files ({@code recently-used.xbel}, the GTK bookmark-file
 * format), which file choosers and desktops show. {@link #add} puts a file there as GTK's own
 * {@code GtkRecentManager} would: its bookmark (created, or its times updated), its MIME type, and
 * Rollscope among its applications with how often it opened the file. Everything else in the file
 * stays as it was. The file is parsed (without DTDs or external entities), changed and written to a
 * temporary file readable by the user only, then moved over the old one, so a reader sees the old
 * list or the new, never half. A file that is not a bookmark list, or is larger than
 * {@link #MAX_BYTES}, is left alone. Rollscope keeps at most {@link #OWN} files of its own there:
 * beyond that it takes itself off the ones it used longest ago (and removes those bookmarks when no
 * other application is on them).
 */
public final class RecentlyUsedXbel {

    static final String BOOKMARK_NS = "http://www.freedesktop.org/standards/desktop-bookmarks";
    static final String MIME_NS = "http://www.freedesktop.org/standards/shared-mime-info";
    static final String MIME_TYPE = "application/x-rollscope+json";
    static final String APPLICATION = "Rollscope";
    static final String EXEC = "'rollscope %u'";
    static final int OWN = 100;
    static final long MAX_BYTES = 8L << 20;
    private static final String METADATA_OWNER = "http://freedesktop.org";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final Path file;

    public RecentlyUsedXbel(Path file) {
        this.file = file;
    }

    /** {@code $XDG_DATA_HOME/recently-used.xbel}, by default {@code ~/.local/share/recently-used.xbel}. */
    public static RecentlyUsedXbel forCurrentUser() {
        String dataHome = System.getenv("XDG_DATA_HOME");
        Path folder = dataHome != null && !dataHome.isBlank() && Path.of(dataHome).isAbsolute()
                ? Path.of(dataHome) : Path.of(System.getProperty("user.home"), ".local", "share");
        return new RecentlyUsedXbel(folder.resolve("recently-used.xbel"));
    }

    /** Records that Rollscope opened or saved {@code opened} just now. */
    public void add(Path opened) throws IOException {
        add(opened, Instant.now());
    }

    void add(Path opened, Instant at) throws IOException {
        String href = opened.toAbsolutePath().normalize().toUri().toString();
        String now = STAMP.format(at.truncatedTo(ChronoUnit.MICROS));
        Document doc = read();
        Element root = doc.getDocumentElement();
        Element bookmark = children(root, null, "bookmark").stream()
                .filter(b -> href.equals(b.getAttribute("href"))).findFirst().orElse(null);
        if (bookmark == null) {
            bookmark = append(root, null, "bookmark");
            bookmark.setAttribute("href", href);
            bookmark.setAttribute("added", now);
        }
        bookmark.setAttribute("modified", now);
        bookmark.setAttribute("visited", now);
        Element metadata = metadata(bookmark);
        child(metadata, MIME_NS, "mime:mime-type").setAttribute("type", MIME_TYPE);
        Element app = ownApplication(child(metadata, BOOKMARK_NS, "bookmark:applications"), true);
        String count = app.getAttribute("count");
        app.setAttribute("name", APPLICATION);
        app.setAttribute("exec", EXEC);
        app.setAttribute("modified", now);
        app.setAttribute("count", Integer.toString(count.matches("\\d{1,9}") ? Integer.parseInt(count) + 1 : 1));
        forgetOldest(root);
        write(doc);
    }

    private Document read() throws IOException {
        DocumentBuilder builder = builder();
        if (!Files.exists(file)) {
            Document doc = builder.newDocument();
            Element root = doc.createElementNS(null, "xbel");
            root.setAttribute("version", "1.0");
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:bookmark", BOOKMARK_NS);
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:mime", MIME_NS);
            doc.appendChild(root);
            return doc;
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + " is larger than " + MAX_BYTES + " bytes: left alone");
        }
        try {
            Document doc = builder.parse(file.toFile());
            if (!"xbel".equals(doc.getDocumentElement().getLocalName())) {
                throw new IOException(file + " is not a bookmark list: left alone");
            }
            return doc;
        } catch (SAXException e) {
            throw new IOException(file + " is not valid XML: left alone (" + e.getMessage() + ")", e);
        }
    }

    private void write(Document doc) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".recently-used.xbel.", ".tmp");
        try {
            doc.setXmlStandalone(true);
            Transformer out = TransformerFactory.newInstance().newTransformer();
            out.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                out.transform(new DOMSource(doc), new StreamResult(stream));
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (TransformerException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Beyond {@link #OWN} files, Rollscope leaves the ones it used longest ago. */
    private static void forgetOldest(Element root) {
        List<Element> own = new ArrayList<>();
        for (Element b : children(root, null, "bookmark")) {
            if (ownApplication(applications(b), false) != null) {
                own.add(b);
            }
        }
        own.sort(Comparator.comparing((Element b) -> ownApplication(applications(b), false).getAttribute("modified"))
                .reversed());
        for (Element old : own.subList(Math.min(OWN, own.size()), own.size())) {
            Element apps = applications(old);
            apps.removeChild(ownApplication(apps, false));
            if (children(apps, BOOKMARK_NS, "application").isEmpty()) {
                root.removeChild(old);
            }
        }
    }

    private static Element metadata(Element bookmark) {
        Element info = child(bookmark, null, "info");
        return children(info, null, "metadata").stream()
                .filter(m -> METADATA_OWNER.equals(m.getAttribute("owner"))).findFirst().orElseGet(() -> {
                    Element m = append(info, null, "metadata");
                    m.setAttribute("owner", METADATA_OWNER);
                    return m;
                });
    }

    /** The bookmark's applications element, or null when it has none. */
    private static Element applications(Element bookmark) {
        for (Element info : children(bookmark, null, "info")) {
            for (Element metadata : children(info, null, "metadata")) {
                List<Element> apps = children(metadata, BOOKMARK_NS, "applications");
                if (METADATA_OWNER.equals(metadata.getAttribute("owner")) && !apps.isEmpty()) {
                    return apps.get(0);
                }
            }
        }
        return null;
    }

    /** Rollscope's entry among the applications; made when {@code create}, else null when missing. */
    private static Element ownApplication(Element applications, boolean create) {
        if (applications == null) {
            return null;
        }
        return children(applications, BOOKMARK_NS, "application").stream()
                .filter(a -> APPLICATION.equals(a.getAttribute("name"))).findFirst()
                .orElseGet(() -> create ? append(applications, BOOKMARK_NS, "bookmark:application") : null);
    }

    /** The first child element with this name, appended when there is none. */
    private static Element child(Element parent, String namespace, String qualifiedName) {
        String local = qualifiedName.substring(qualifiedName.indexOf(':') + 1);
        List<Element> found = children(parent, namespace, local);
        return found.isEmpty() ? append(parent, namespace, qualifiedName) : found.get(0);
    }

    private static Element append(Element parent, String namespace, String qualifiedName) {
        Element e = parent.getOwnerDocument().createElementNS(namespace, qualifiedName);
        parent.appendChild(e);
        return e;
    }

    private static List<Element> children(Element parent, String namespace, String local) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName())
                    && (namespace == null ? e.getNamespaceURI() == null : namespace.equals(e.getNamespaceURI()))) {
                found.add(e);
            }
        }
        return found;
    }

    private static DocumentBuilder builder() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // fatal errors throw, nothing is printed
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML parser: " + e.getMessage(), e);
        }
    }
}
