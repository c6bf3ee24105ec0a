package dev.rollscope.app.playback.picture;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an animated GIF, frame by frame, with the JDK's own GIF writer (javax.imageio): every
 * frame the same delay, looping forever. Frames are mapped to one fixed palette (a 6×7×6 colour
 * cube and 4 extra greys) by table lookup, which is fast and good enough for flat diagrams and
 * anti-aliased text; see docs/decisions/0005-animation-export.md.
 */
final class GifWriter implements FrameSink {

    private static final IndexColorModel PALETTE = palette();

    private final ImageOutputStream out;
    private final ImageWriter writer;
    private final int delayCentis;
    private boolean first = true;

    GifWriter(Path file, double fps) throws IOException {
        Files.deleteIfExists(file);
        this.out = ImageIO.createImageOutputStream(file.toFile());
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        this.delayCentis = (int) Math.max(2, Math.round(100 / fps));
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
    }

    @Override
    public void add(int[] argb, int width, int height) throws IOException {
        add(argb, width, height, delayCentis);
    }

    /** Adds a frame shown for {@code centis} hundredths of a second (a pause on it). */
    void add(int[] argb, int width, int height, int centis) throws IOException {
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, PALETTE);
        byte[] index = new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            index[i] = (byte) colourIndex(argb[i]);
        }
        indexed.getRaster().setDataElements(0, 0, width, height, index);
        writer.writeToSequence(new IIOImage(indexed, null, metadata(indexed, centis)), null);
        first = false;
    }

    @Override
    public void close() throws IOException {
        writer.endWriteSequence();
        writer.dispose();
        out.close();
    }

    /** The palette entry nearest to an ARGB colour (alpha ignored): its cell of the colour cube. */
    static int colourIndex(int argb) {
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        return (r * 6 / 256) * 42 + (g * 7 / 256) * 6 + (b * 6 / 256);
    }

    private static IndexColorModel palette() {
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < 252; i++) {
            r[i] = (byte) level(i / 42, 6);
            g[i] = (byte) level(i / 6 % 7, 7);
            b[i] = (byte) level(i % 6, 6);
        }
        for (int i = 252; i < 256; i++) {
            int grey = 40 + (i - 252) * 60;
            r[i] = (byte) grey;
            g[i] = (byte) grey;
            b[i] = (byte) grey;
        }
        return new IndexColorModel(8, 256, r, g, b);
    }

    /** The centre of cell {@code cell} of {@code cells} over 0..255 (the ends at 0 and 255). */
    private static int level(int cell, int cells) {
        return Math.round(cell * 255f / (cells - 1));
    }

    private IIOMetadata metadata(BufferedImage image, int centis) throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(centis));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(loop);
        }
        meta.setFromTree(format, root);
        return meta;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
