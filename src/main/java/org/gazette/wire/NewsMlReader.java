package org.gazette.wire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * IPTC NewsML-G2 news items: a {@code newsItem} on its own, or the news items of a {@code newsMessage}.
 * The text comes from the item's {@code inlineXML} (NITF or XHTML, turned into plain HTML) or
 * {@code inlineData}; photos are recorded from {@code remoteContent}. Other item kinds (concepts,
 * knowledge, planning, packages) carry no story and are refused as a whole.
 */
final class NewsMlReader {

    static final String NAMESPACE = "http://iptc.org/std/nar/2006-10-01/";
    private static final Set<String> OTHER_ITEMS =
            Set.of("packageItem", "conceptItem", "knowledgeItem", "planningItem", "catalogItem");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "blockquote",
            "table",
            "tr",
            "td",
            "th",
            "thead",
            "tbody",
            "pre",
            "br",
            "em",
            "strong",
            "b",
            "i",
            "a",
            "sub",
            "sup",
            "q",
            "cite",
            "figure",
            "figcaption");
    private static final Set<String> DROPPED =
            Set.of("body.head", "body.end", "hedline", "byline", "head", "script", "style", "media", "title");

    private NewsMlReader() {}

    static boolean reads(Element root) {
        String name = root.getLocalName();
        return NAMESPACE.equals(root.getNamespaceURI())
                && ("newsItem".equals(name) || "newsMessage".equals(name) || OTHER_ITEMS.contains(name));
    }

    static FeedDocument read(Document document) {
        Element root = document.getDocumentElement();
        List<Element> newsItems = new ArrayList<>();
        if ("newsItem".equals(root.getLocalName())) {
            newsItems.add(root);
        } else if ("newsMessage".equals(root.getLocalName())) {
            for (Element set : children(root, "itemSet")) {
                newsItems.addAll(children(set, "newsItem"));
            }
        } else {
            throw new UnreadableFeedException(
                    "a NewsML-G2 " + root.getLocalName() + " carries no news story; only newsItem is imported");
        }
        List<WireItem> items = new ArrayList<>();
        List<RefusedItem> refused = new ArrayList<>();
        for (int i = 0; i < newsItems.size(); i++) {
            Element element = newsItems.get(i);
            try {
                items.add(item(element));
            } catch (InvalidItemException e) {
                refused.add(new RefusedItem(i + 1, ItemText.blankToNull(element.getAttribute("guid")), e.getMessage()));
            }
        }
        return new FeedDocument(FeedFormat.NEWSML_G2, items, refused);
    }

    private static WireItem item(Element newsItem) {
        String guid = ItemText.blankToNull(newsItem.getAttribute("guid"));
        if (guid == null) {
            throw new InvalidItemException("has no guid");
        }
        Long version = null;
        String versionText = ItemText.blankToNull(newsItem.getAttribute("version"));
        if (versionText != null) {
            try {
                version = Long.parseLong(versionText);
            } catch (NumberFormatException e) {
                throw new InvalidItemException("invalid version '" + ItemText.clip(versionText) + "'");
            }
        }
        Element itemMeta = child(newsItem, "itemMeta");
        Element contentMeta = child(newsItem, "contentMeta");
        PubStatus status = PubStatus.USABLE;
        Instant versionCreated = null;
        if (itemMeta != null) {
            Element pubStatus = child(itemMeta, "pubStatus");
            status = pubStatus == null ? PubStatus.USABLE : PubStatus.fromIptc(pubStatus.getAttribute("qcode"));
            versionCreated = WireDates.iso("versionCreated", text(child(itemMeta, "versionCreated")));
        }
        String title = null;
        String summary = null;
        Instant created = null;
        Instant modified = null;
        String agency = null;
        String credit = null;
        String language = ItemText.blankToNull(newsItem.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        if (contentMeta != null) {
            title = text(child(contentMeta, "headline"));
            summary = text(child(contentMeta, "description"));
            created = WireDates.iso("contentCreated", text(child(contentMeta, "contentCreated")));
            modified = WireDates.iso("contentModified", text(child(contentMeta, "contentModified")));
            Element infoSource = child(contentMeta, "infoSource");
            agency = infoSource == null ? null : text(child(infoSource, "name"));
            credit = text(child(contentMeta, "creditline"));
            Element languageTag = child(contentMeta, "language");
            if (languageTag != null && ItemText.blankToNull(languageTag.getAttribute("tag")) != null) {
                language = languageTag.getAttribute("tag").strip();
            }
        }
        if (title == null && status != PubStatus.CANCELED) {
            throw new InvalidItemException("has no headline");
        }
        String body = null;
        List<WireImage> images = new ArrayList<>();
        Element contentSet = child(newsItem, "contentSet");
        if (contentSet != null) {
            for (Node node = contentSet.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (!(node instanceof Element part)) {
                    continue;
                }
                if (body == null && "inlineXML".equals(part.getLocalName())) {
                    body = ItemText.blankToNull(html(part));
                } else if (body == null && "inlineData".equals(part.getLocalName())) {
                    String data = ItemText.blankToNull(part.getTextContent());
                    String type = part.getAttribute("contenttype").toLowerCase(Locale.ROOT);
                    body = data == null ? null : type.contains("html") ? data : ItemText.paragraphs(data);
                } else if ("remoteContent".equals(part.getLocalName())) {
                    String url = SyndicationReader.webUrl(part.getAttribute("href"));
                    String type = part.getAttribute("contenttype").toLowerCase(Locale.ROOT);
                    if (url != null && (type.startsWith("image/") || type.isEmpty())) {
                        images.add(new WireImage(url, credit, summary));
                    }
                }
            }
        }
        if (body == null && summary != null) {
            body = ItemText.paragraphs(summary);
            summary = null;
        }
        if (body == null && status != PubStatus.CANCELED) {
            throw new InvalidItemException("has no text: neither inlineXML, inlineData nor a description");
        }
        Instant published = created != null ? created : versionCreated;
        Instant changed = versionCreated != null ? versionCreated : modified;
        return new WireItem(
                guid,
                version,
                title == null ? guid : title,
                body == null ? "" : body,
                summary,
                published,
                changed,
                null,
                agency,
                language,
                images,
                status);
    }

    /** The inline document as plain HTML: known text elements kept without namespaces, the rest unwrapped. */
    private static String html(Element inline) {
        StringBuilder out = new StringBuilder();
        Element body = descendant(inline, "body.content");
        if (body == null) {
            body = descendant(inline, "body");
        }
        appendChildren(out, body == null ? inline : body);
        return out.toString().strip();
    }

    private static void appendChildren(StringBuilder out, Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(ItemText.escape(node.getNodeValue()));
            } else if (node instanceof Element element) {
                String name = element.getLocalName();
                if (DROPPED.contains(name)) {
                    continue;
                }
                if (BLOCKS.contains(name)) {
                    out.append('<').append(name);
                    if ("a".equals(name)) {
                        String href = SyndicationReader.webUrl(element.getAttribute("href"));
                        if (href != null) {
                            out.append(" href=\"").append(ItemText.escape(href)).append('"');
                        }
                    }
                    out.append('>');
                    appendChildren(out, element);
                    if (!"br".equals(name)) {
                        out.append("</").append(name).append('>');
                    }
                } else {
                    appendChildren(out, element);
                }
            }
        }
    }

    private static Element descendant(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                if (localName.equals(element.getLocalName())) {
                    return element;
                }
                Element found = descendant(element, localName);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element element) {
        return element == null
                ? null
                : ItemText.blankToNull(element.getTextContent().replaceAll("\\s+", " "));
    }
}
