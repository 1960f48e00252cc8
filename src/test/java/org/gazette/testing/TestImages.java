package org.gazette.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.gazette.article.Actor;
import org.gazette.article.Article;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.article.BodyFormat;
import org.gazette.article.LeadImage;
import org.gazette.media.ImageLibrary;
import org.gazette.text.Language;

/** Pictures and illustrated stories for tests. Every picture differs, so the library never returns an old one. */
public final class TestImages {

    private TestImages() {}

    /** A PNG or JPEG of this size, unique to the call. */
    public static byte[] picture(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(UUID.randomUUID().hashCode()));
        g.fillRect(0, 0, Math.max(1, width / 3), Math.max(1, height / 3));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An uploaded 1800×1200 picture (so every width is generated) with alt text, caption and credit. */
    public static LeadImage upload(ImageLibrary images, String alt) {
        return images.store(picture(1800, 1200, "png"), alt, "Caption of " + alt, "Gazette photo", null);
    }

    /**
     * A published English story with the given lead image, under a tag of its own (so the tag's feeds hold
     * only it) and dated long ago (so it stays off the front pages other tests read).
     */
    public static Article illustratedStory(
            ArticleStore store, ArticleRepository articles, LeadImage image, String tag) {
        TestArticle story = TestArticle.story("illustrated");
        ArticleInput input = new ArticleInput(
                story.id(),
                "Illustrated " + story.headline(),
                "A dek.",
                Instant.parse("2001-01-01T10:00:00Z"),
                null,
                "<p>Body of the illustrated story.</p>",
                BodyFormat.HTML,
                Language.of("en"),
                null,
                List.of(tag),
                List.of(),
                null,
                null,
                null,
                ArticleStatus.PUBLISHED);
        long id = store.create(input, image == null ? null : image.id(), Actor.system("test"))
                .articleId();
        return articles.findById(id).orElseThrow();
    }
}
