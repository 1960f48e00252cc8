package org.gazette.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * IPTC ninjs items, one object or an array of them. Reads the 1.x field names ({@code headline},
 * {@code body_html}, {@code body_text}, associations as an object) and the 2.x and 3.x ones
 * ({@code headlines}, {@code bodies}, {@code infosources}, associations and renditions as arrays).
 */
final class NinjsReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private NinjsReader() {}

    static FeedDocument read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFeedException("not valid UTF-8, which JSON requires");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            String message = e.getOriginalMessage().lines().findFirst().orElse("");
            String kind = message.contains("end-of-input") ? "truncated: " : "not well-formed JSON: ";
            throw new UnreadableFeedException(kind + ItemText.clip(message));
        }
        List<JsonNode> objects = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(objects::add);
        } else if (root.isObject()) {
            objects.add(root);
        } else {
            throw new UnreadableFeedException("not a ninjs document: expected an object or an array of objects");
        }
        List<WireItem> items = new ArrayList<>();
        List<RefusedItem> refused = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            JsonNode node = objects.get(i);
            try {
                items.add(item(node));
            } catch (InvalidItemException e) {
                refused.add(new RefusedItem(i + 1, node.isObject() ? string(node, "uri") : null, e.getMessage()));
            }
        }
        return new FeedDocument(FeedFormat.NINJS, items, refused);
    }

    private static WireItem item(JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidItemException("is not a JSON object");
        }
        String uri = string(node, "uri");
        if (uri == null) {
            throw new InvalidItemException("has no uri");
        }
        Long version = null;
        String versionText = string(node, "version");
        if (versionText != null && versionText.matches("\\d{1,18}")) {
            version = Long.parseLong(versionText);
        }
        PubStatus status = PubStatus.fromIptc(string(node, "pubstatus"));
        Instant versionCreated = WireDates.iso("versioncreated", string(node, "versioncreated"));
        Instant firstCreated = WireDates.iso("firstcreated", string(node, "firstcreated"));
        Instant contentCreated = WireDates.iso("contentcreated", string(node, "contentcreated"));
        String title = string(node, "headline");
        if (title == null) {
            title = byRole(node.get("headlines"), "main");
        }
        String body = string(node, "body_html");
        if (body == null && string(node, "body_text") != null) {
            body = ItemText.paragraphs(string(node, "body_text"));
        }
        if (body == null) {
            body = bodyOf(node.get("bodies"));
        }
        String summary = string(node, "description_html");
        if (summary == null && string(node, "description_text") != null) {
            summary = ItemText.paragraphs(string(node, "description_text"));
        }
        if (summary == null) {
            String description = byRole(node.get("descriptions"), null);
            summary = description == null ? null : ItemText.paragraphs(description);
        }
        if (body == null && summary != null) {
            body = summary;
            summary = null;
        }
        if (status != PubStatus.CANCELED) {
            if (title == null) {
                throw new InvalidItemException("has no headline");
            }
            if (body == null) {
                throw new InvalidItemException("has no text: no body and no description");
            }
        }
        String agency = null;
        JsonNode infosources = node.get("infosources");
        if (infosources != null && infosources.isArray() && !infosources.isEmpty()) {
            agency = string(infosources.get(0), "name");
        }
        if (agency == null) {
            agency = string(node, "copyrightholder");
        }
        String credit = string(node, "copyrightholder");
        List<WireImage> images = new ArrayList<>();
        if (isPicture(node)) {
            addImage(images, node, credit);
        }
        JsonNode associations = node.get("associations");
        if (associations != null && (associations.isArray() || associations.isObject())) {
            for (JsonNode association : associations) {
                if (association.isObject() && isPicture(association)) {
                    String ownCredit = string(association, "copyrightholder");
                    addImage(images, association, ownCredit != null ? ownCredit : string(association, "by"));
                }
            }
        }
        String link = SyndicationReader.webUrl(uri);
        Instant published =
                firstCreated != null ? firstCreated : contentCreated != null ? contentCreated : versionCreated;
        return new WireItem(
                uri,
                version,
                title == null ? uri : title.strip(),
                body == null ? "" : body,
                summary,
                published,
                versionCreated,
                link,
                agency,
                string(node, "language"),
                images,
                status);
    }

    private static boolean isPicture(JsonNode node) {
        String type = string(node, "type");
        return type != null
                && (type.toLowerCase(Locale.ROOT).contains("picture")
                        || type.toLowerCase(Locale.ROOT).contains("image"));
    }

    private static void addImage(List<WireImage> images, JsonNode node, String credit) {
        String url = null;
        JsonNode renditions = node.get("renditions");
        if (renditions != null && (renditions.isArray() || renditions.isObject())) {
            for (JsonNode rendition : renditions) {
                url = SyndicationReader.webUrl(string(rendition, "href"));
                if (url != null) {
                    break;
                }
            }
        }
        if (url == null) {
            url = SyndicationReader.webUrl(string(node, "uri"));
        }
        if (url != null) {
            String caption = string(node, "description_text");
            if (caption == null) {
                caption = byRole(node.get("descriptions"), null);
            }
            images.add(new WireImage(url, credit, caption));
        }
    }

    /** The value of the entry with the given role, else of the first entry (role null: the first). */
    private static String byRole(JsonNode list, String role) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            return null;
        }
        if (role != null) {
            for (JsonNode entry : list) {
                if (role.equals(string(entry, "role")) && string(entry, "value") != null) {
                    return string(entry, "value");
                }
            }
        }
        for (JsonNode entry : list) {
            if (string(entry, "value") != null) {
                return string(entry, "value");
            }
        }
        return null;
    }

    private static String bodyOf(JsonNode bodies) {
        if (bodies == null || !bodies.isArray()) {
            return null;
        }
        String text = null;
        for (JsonNode body : bodies) {
            String value = string(body, "value");
            String type = String.valueOf(string(body, "contenttype")).toLowerCase(Locale.ROOT);
            if (value == null) {
                continue;
            }
            if (type.contains("html")) {
                return value;
            }
            if (text == null) {
                text = type.contains("xml") ? value : ItemText.paragraphs(value);
            }
        }
        return text;
    }

    private static String string(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || !(value.isString() || value.isNumber())) {
            return null;
        }
        return ItemText.blankToNull(value.isString() ? value.stringValue() : value.asString());
    }
}
