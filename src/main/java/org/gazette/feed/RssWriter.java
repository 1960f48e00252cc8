package org.gazette.feed;

import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.rss.Source;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * RSS 2.0, written with Rome. Each item has a permanent {@code guid} (not a permalink), an HTML
 * description, the whole story as {@code content:encoded} when feeds carry full text, bylines as
 * {@code dc:creator} (RSS's own {@code author} must be an e-mail address), the credited agency as
 * {@code source}, and the lead image as an enclosure and {@code media:content}. The channel links to
 * itself with {@code atom:link}, as feed validators ask.
 */
@Component
class RssWriter implements FeedWriter {

    static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    static final Namespace MEDIA = Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");

    @Override
    public FeedFormat format() {
        return FeedFormat.RSS;
    }

    @Override
    public byte[] write(Feed feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setEncoding("UTF-8");
        channel.setTitle(feed.title());
        channel.setLink(feed.pageUrl());
        // readers treat the channel description as HTML too (as the items'): a tag or source name in it is
        // plain text, escaped once for HTML here and once more for XML by the writer
        channel.setDescription(HtmlUtils.htmlEscape(feed.description(), "UTF-8"));
        if (feed.lang() != null) {
            channel.setLanguage(feed.lang().code());
        }
        channel.setGenerator("Gazette");
        channel.setLastBuildDate(Date.from(feed.updated()));
        if (!feed.items().isEmpty()) {
            channel.setPubDate(Date.from(feed.items().get(0).published()));
        }
        List<Item> items = new ArrayList<>();
        for (FeedItem item : feed.items()) {
            items.add(item(item, feed));
        }
        channel.setItems(items);
        try {
            Document document = new WireFeedOutput().outputJDom(channel);
            Element root = document.getRootElement();
            root.addNamespaceDeclaration(ATOM);
            if (feed.items().stream().anyMatch(i -> i.image() != null)) {
                root.addNamespaceDeclaration(MEDIA);
            }
            Element channelElement = root.getChild("channel");
            // atom:link elements go first so they sit with the channel's own metadata
            channelElement.addContent(3, atomLink("self", feed.url(FeedFormat.RSS), FeedFormat.RSS.mediaType()));
            if (feed.hubUrl() != null) {
                channelElement.addContent(4, atomLink("hub", feed.hubUrl(), null));
            }
            addMedia(channelElement, feed.items());
            return XmlDocuments.bytes(document);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome refused the RSS feed " + feed.id() + ": " + e.getMessage(), e);
        }
    }

    private static Item item(FeedItem story, Feed feed) {
        Item item = new Item();
        item.setTitle(story.title());
        item.setLink(story.url());
        Guid guid = new Guid();
        guid.setPermaLink(false);
        guid.setValue(story.id());
        item.setGuid(guid);
        Description description = new Description();
        description.setType("text/html");
        // readers treat a description as HTML, so the plain summary is escaped once for HTML here and
        // once more for XML by the writer
        description.setValue(HtmlUtils.htmlEscape(story.summary(), "UTF-8"));
        item.setDescription(description);
        if (story.contentHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(story.contentHtml());
            item.setContent(content);
        }
        item.setPubDate(Date.from(story.published()));
        List<Category> categories = new ArrayList<>();
        if (story.section() != null) {
            categories.add(category(story.section()));
        }
        story.tags().forEach(tag -> categories.add(category(tag)));
        item.setCategories(categories);
        if (story.source() != null && story.source().url() != null) {
            Source source = new Source();
            source.setUrl(story.source().url());
            source.setValue(story.source().name());
            item.setSource(source);
        }
        if (story.image() != null) {
            Enclosure enclosure = new Enclosure();
            enclosure.setUrl(story.image().url());
            enclosure.setType(story.image().mediaType());
            enclosure.setLength(story.image().length());
            item.setEnclosures(List.of(enclosure));
        }
        List<Module> modules = new ArrayList<>();
        DCModuleImpl dc = new DCModuleImpl();
        boolean useful = false;
        if (!story.authors().isEmpty()) {
            dc.setCreators(story.authors().stream().map(a -> a.name()).toList());
            useful = true;
        }
        if (feed.lang() == null) {
            // the whole site's feed mixes languages, so each item says its own
            dc.setLanguage(story.lang().code());
            useful = true;
        }
        if (useful) {
            modules.add(dc);
        }
        item.setModules(modules);
        return item;
    }

    /** A category with its page's URL as the domain, so readers can tell sections from tags. */
    private static Category category(FeedItem.Term term) {
        Category category = new Category();
        category.setValue(term.name());
        category.setDomain(term.url());
        return category;
    }

    private static Element atomLink(String rel, String href, String type) {
        Element link = new Element("link", ATOM).setAttribute("rel", rel).setAttribute("href", href);
        if (type != null) {
            link.setAttribute("type", type);
        }
        return link;
    }

    /**
     * Media RSS for lead images: richer than an enclosure (dimensions, alt text, caption, credit) and
     * read by most aggregators.
     */
    private static void addMedia(Element channel, List<FeedItem> stories) {
        List<Element> items = channel.getChildren("item");
        for (int i = 0; i < stories.size(); i++) {
            FeedItem.Image image = stories.get(i).image();
            if (image == null) {
                continue;
            }
            Element media = new Element("content", MEDIA)
                    .setAttribute("url", image.url())
                    .setAttribute("type", image.mediaType())
                    .setAttribute("medium", "image")
                    .setAttribute("width", String.valueOf(image.width()))
                    .setAttribute("height", String.valueOf(image.height()));
            if (image.length() > 0) {
                media.setAttribute("fileSize", String.valueOf(image.length()));
            }
            if (image.caption() != null) {
                media.addContent(new Element("title", MEDIA)
                        .setAttribute("type", "plain")
                        .setText(image.caption()));
            }
            // the alt text is what the picture shows, which is what media:description is for
            media.addContent(new Element("description", MEDIA)
                    .setAttribute("type", "plain")
                    .setText(image.alt()));
            if (image.credit() != null) {
                media.addContent(new Element("credit", MEDIA).setText(image.credit()));
            }
            items.get(i).addContent(media);
        }
    }
}
