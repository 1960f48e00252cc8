package org.gazette.wire;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0) items, read by Rome from an already safely parsed document.
 * Rome quietly drops a date it cannot read; the raw elements are checked beside it so that an item with
 * an invalid date is refused with its reason instead of being imported undated.
 */
final class SyndicationReader {

    private static final Set<String> DATE_ELEMENTS =
            Set.of("pubDate", "date", "published", "updated", "issued", "modified", "created");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private SyndicationReader() {}

    static boolean reads(Element root) {
        String name = root.getLocalName();
        return "rss".equals(name) || "RDF".equals(name) || "feed".equals(name);
    }

    static FeedDocument read(Document document) {
        Element root = document.getDocumentElement();
        FeedFormat format = "feed".equals(root.getLocalName()) ? FeedFormat.ATOM : FeedFormat.RSS;
        if ("rss".equals(root.getLocalName()) && rawItems(root).isEmpty() && !hasChild(root, "channel")) {
            throw new UnreadableFeedException("an RSS document without a <channel>");
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput(false, Locale.US);
            feed = input.build(document);
        } catch (FeedException | RuntimeException e) {
            throw new UnreadableFeedException("not a readable RSS or Atom feed: "
                    + ItemText.clip(e.getMessage()
                            + (e.getCause() == null
                                    ? ""
                                    : " (" + e.getCause().getClass().getSimpleName() + ")")));
        }
        List<Element> raw = rawItems(root);
        List<SyndEntry> entries = feed.getEntries();
        boolean aligned = raw.size() == entries.size();
        String feedLanguage = ItemText.blankToNull(feed.getLanguage());
        if (feedLanguage == null) {
            feedLanguage = ItemText.blankToNull(root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        }
        List<WireItem> items = new ArrayList<>();
        List<RefusedItem> refused = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            try {
                items.add(item(entry, aligned ? raw.get(i) : null, feedLanguage));
            } catch (InvalidItemException e) {
                refused.add(new RefusedItem(i + 1, ItemText.blankToNull(entry.getUri()), e.getMessage()));
            }
        }
        return new FeedDocument(format, items, refused);
    }

    private static WireItem item(SyndEntry entry, Element raw, String feedLanguage) {
        String title = entry.getTitle() == null
                ? null
                : ItemText.blankToNull(TAG.matcher(entry.getTitle()).replaceAll(""));
        if (title == null) {
            throw new InvalidItemException("has no title");
        }
        Instant published = entry.getPublishedDate() == null
                ? null
                : entry.getPublishedDate().toInstant();
        Instant updated =
                entry.getUpdatedDate() == null ? null : entry.getUpdatedDate().toInstant();
        if (raw != null) {
            checkDates(raw, published, updated);
        }
        String summary = html(entry.getDescription());
        String content = null;
        for (SyndContent part : entry.getContents()) {
            content = html(part);
            if (content != null) {
                break;
            }
        }
        String body = content != null ? content : summary;
        if (body == null) {
            throw new InvalidItemException("has neither content nor a description");
        }
        String link = webUrl(entry.getLink());
        String guid = ItemText.blankToNull(entry.getUri());
        if (guid == null) {
            guid = link != null ? link : "sha256:" + sha256(title + "\n" + published + "\n" + body);
        }
        String agency = null;
        if (raw != null) {
            agency = childText(raw, "source");
        }
        if (agency == null && entry.getSource() != null) {
            agency = ItemText.blankToNull(entry.getSource().getTitle());
        }
        List<WireImage> images = new ArrayList<>();
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            String url = webUrl(enclosure.getUrl());
            if (url != null
                    && enclosure.getType() != null
                    && enclosure.getType().toLowerCase(Locale.ROOT).startsWith("image/")) {
                images.add(new WireImage(url, null, null));
            }
        }
        String language = feedLanguage;
        if (raw != null) {
            String own = ItemText.blankToNull(raw.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
            language = own != null ? own : language;
        }
        return new WireItem(
                guid,
                null,
                title,
                body,
                content != null ? summary : null,
                published,
                updated,
                link,
                agency,
                language,
                images,
                PubStatus.USABLE);
    }

    /** Refuses an item whose date elements hold text Rome could not read as a date. */
    private static void checkDates(Element raw, Instant published, Instant updated) {
        for (Node child = raw.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && DATE_ELEMENTS.contains(element.getLocalName())) {
                String text = ItemText.blankToNull(element.getTextContent());
                if (text != null && published == null && updated == null) {
                    throw new InvalidItemException(
                            "invalid date in <" + element.getLocalName() + ">: '" + ItemText.clip(text) + "'");
                }
            }
        }
    }

    private static String html(SyndContent content) {
        if (content == null || content.getValue() == null || content.getValue().isBlank()) {
            return null;
        }
        String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
        String value = content.getValue().strip();
        return type.contains("html") ? value : ItemText.paragraphs(value);
    }

    private static List<Element> rawItems(Element root) {
        List<Element> items = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                if ("entry".equals(element.getLocalName()) || "item".equals(element.getLocalName())) {
                    items.add(element);
                } else if ("channel".equals(element.getLocalName())) {
                    for (Node inner = element.getFirstChild(); inner != null; inner = inner.getNextSibling()) {
                        if (inner instanceof Element item && "item".equals(item.getLocalName())) {
                            items.add(item);
                        }
                    }
                }
            }
        }
        return items;
    }

    private static boolean hasChild(Element parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static String childText(Element parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())) {
                return ItemText.blankToNull(element.getTextContent());
            }
        }
        return null;
    }

    static String webUrl(String text) {
        String url = ItemText.blankToNull(text);
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://"))
                        && url.length() <= 2_000
                        && url.chars().noneMatch(Character::isWhitespace)
                ? url
                : null;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
