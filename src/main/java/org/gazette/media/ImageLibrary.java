package org.gazette.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.gazette.article.LeadImage;
import org.gazette.system.GazetteProperties;
import org.gazette.text.ControlCharacters;
import org.gazette.text.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the site's images. An upload is recognised by its content (the magic bytes, then an ImageIO
 * reader that must agree), never by its name or the browser's word; it is refused above
 * {@code gazette.media.max-bytes} or {@value #MAX_PIXELS} pixels (decompression bombs) and without alt
 * text. It is decoded once and written in the {@link #WIDTHS} that fit, re-encoded (JPEG, or PNG for
 * pictures with transparency), so no byte of the upload itself is ever served: metadata, embedded
 * scripts and polyglot tricks stay behind.
 */
@Service
public class ImageLibrary {

    /** The generated widths; an image narrower than one gets its own width instead of the larger ones. */
    public static final List<Integer> WIDTHS = List.of(320, 640, 1024, 1600);

    public static final long MAX_PIXELS = 40_000_000L;
    public static final int MAX_ALT_CHARS = 300;

    private final JdbcClient jdbc;
    private final Path directory;
    private final long maxBytes;
    private final Clock clock;

    ImageLibrary(
            JdbcClient jdbc,
            GazetteProperties properties,
            @Value("${gazette.media.max-bytes:15728640}") long maxBytes,
            Clock clock) {
        this.jdbc = jdbc;
        this.directory = properties.dataDir().resolve("media").toAbsolutePath();
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** An image that cannot be taken; the message says why, with the offending value. */
    public static class RejectedImageException extends RuntimeException {
        public RejectedImageException(String message) {
            super(message, null, false, false);
        }
    }

    public Optional<LeadImage> find(long id) {
        return jdbc.sql("select * from images where id = :id")
                .param("id", id)
                .query(ImageLibrary::image)
                .optional();
    }

    public List<LeadImage> recent(int limit) {
        return jdbc.sql("select * from images order by id desc limit :limit")
                .param("limit", limit)
                .query(ImageLibrary::image)
                .list();
    }

    /** Where the generated file {@code {id}-{width}.{ext}} lives, if it is one of ours. */
    Optional<Path> file(String name) {
        if (!name.matches("[0-9]{1,18}-[0-9]{2,5}\\.(jpg|png)")) {
            return Optional.empty();
        }
        Path path = directory.resolve(name);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /**
     * The size in bytes of the generated file of this width, as {@code /media/} serves it; 0 when the
     * file is missing (a data directory restored without its media), so feeds can still be written.
     */
    public long fileBytes(LeadImage image, int width) {
        Path path = directory.resolve(image.id() + "-" + width + "." + image.extension());
        try {
            return Files.isRegularFile(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Takes an upload; the same bytes uploaded again return the stored image (with its first alt text). */
    @Transactional
    public LeadImage store(byte[] bytes, String alt, String caption, String credit, Long uploadedBy) {
        if (bytes.length == 0) {
            throw new RejectedImageException("the file is empty");
        }
        if (bytes.length > maxBytes) {
            throw new RejectedImageException("the file has " + bytes.length + " bytes; the limit is " + maxBytes);
        }
        // the texts reach pages, feeds and ninjs: no control character, U+FFFE or lone surrogate goes in
        String altText = alt == null ? "" : ControlCharacters.strip(alt).strip();
        if (altText.isEmpty() || altText.length() > MAX_ALT_CHARS) {
            throw new RejectedImageException(
                    "alt text is required, 1 to " + MAX_ALT_CHARS + " characters, got " + altText.length());
        }
        String kind = sniff(bytes);
        if (kind == null) {
            throw new RejectedImageException("the file is not a JPEG, PNG or WebP image (it starts with "
                    + HexFormat.of().formatHex(bytes, 0, Math.min(8, bytes.length)) + ")");
        }
        String hash = Sha256.hex(bytes);
        Optional<LeadImage> existing = jdbc.sql("select * from images where sha256 = :hash")
                .param("hash", hash)
                .query(ImageLibrary::image)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        BufferedImage image = decode(bytes, kind);
        boolean alpha = image.getColorModel().hasAlpha();
        String mediaType = alpha ? "image/png" : "image/jpeg";
        List<Integer> widths = new ArrayList<>();
        for (int w : WIDTHS) {
            if (w < image.getWidth()) {
                widths.add(w);
            }
        }
        if (widths.isEmpty() || image.getWidth() <= WIDTHS.get(WIDTHS.size() - 1)) {
            widths.add(image.getWidth());
        }
        long id = jdbc.sql(
                        """
                        insert into images (sha256, media_type, width, height, alt, caption, credit, widths,
                            uploaded_by, created_at)
                        values (:hash, :type, :width, :height, :alt, :caption, :credit, :widths, :by, :now)
                        returning id""")
                .param("hash", hash)
                .param("type", mediaType)
                .param("width", image.getWidth())
                .param("height", image.getHeight())
                .param("alt", altText)
                .param("caption", blank(ControlCharacters.strip(caption)))
                .param("credit", blank(ControlCharacters.strip(credit)))
                .param("widths", widths.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .param("by", uploadedBy)
                .param("now", clock.millis())
                .query(Long.class)
                .single();
        try {
            Files.createDirectories(directory);
            for (int width : widths) {
                write(
                        scale(image, width, alpha),
                        directory.resolve(id + "-" + width + (alpha ? ".png" : ".jpg")),
                        alpha);
            }
        } catch (IOException e) {
            // the row rolls back with this exception; files already written are harmless and get overwritten
            throw new UncheckedIOException("cannot write images to " + directory + " (check GAZETTE_DATA_DIR)", e);
        }
        return find(id).orElseThrow();
    }

    /** The format the first bytes announce: "jpeg", "png", "webp", or null. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "jpeg";
        }
        if (b.length >= 8
                && (b[0] & 0xff) == 0x89
                && b[1] == 'P'
                && b[2] == 'N'
                && b[3] == 'G'
                && b[4] == 0x0D
                && b[5] == 0x0A
                && b[6] == 0x1A
                && b[7] == 0x0A) {
            return "png";
        }
        if (b.length >= 12
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return "webp";
        }
        return null;
    }

    private static BufferedImage decode(byte[] bytes, String kind) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind);
            if (!readers.hasNext()) {
                throw new RejectedImageException("no reader for " + kind + " images is installed");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                // checked from the header, before a single pixel is decoded
                if (pixels > MAX_PIXELS) {
                    throw new RejectedImageException("the image has " + reader.getWidth(0) + "×" + reader.getHeight(0)
                            + " pixels; the limit is " + MAX_PIXELS);
                }
                BufferedImage image = reader.read(0);
                if (image.getWidth() < 1 || image.getHeight() < 1) {
                    throw new RejectedImageException("the image has no pixels");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedImageException rejected) {
                throw rejected;
            }
            throw new RejectedImageException("the " + kind + " file cannot be read: " + e.getMessage());
        }
    }

    private static BufferedImage scale(BufferedImage source, int width, boolean alpha) {
        int height = Math.max(1, Math.round((float) source.getHeight() * width / source.getWidth()));
        BufferedImage target =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static void write(BufferedImage image, Path target, boolean png) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), "upload", ".tmp");
        try {
            if (png) {
                ImageIO.write(image, "png", temporary.toFile());
            } else {
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
                try (ImageOutputStream out = ImageIO.createImageOutputStream(temporary.toFile())) {
                    writer.setOutput(out);
                    writer.write(null, new IIOImage(image, null, null), param);
                } finally {
                    writer.dispose();
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static LeadImage image(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new LeadImage(
                rs.getLong("id"),
                rs.getString("alt"),
                rs.getString("caption"),
                rs.getString("credit"),
                rs.getInt("width"),
                rs.getInt("height"),
                java.util.Arrays.stream(rs.getString("widths").split(","))
                        .map(Integer::valueOf)
                        .toList(),
                "image/png".equals(rs.getString("media_type")) ? "png" : "jpg");
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
