package org.gazette.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.springframework.stereotype.Component;

/**
 * Atom 1.0 (RFC 4287), written with Rome. The feed names the site as its author, so every entry has
 * one; bylines are entry authors. The credited agency is an entry contributor, and its original report
 * a {@code via} link ("the source of the information in the entry"). Categories carry the section or
 * tag page as their scheme.
 */
@Component
class AtomWriter implements FeedWriter {

    @Override
    public FeedFormat format() {
        return FeedFormat.ATOM;
    }

    @Override
    public byte[] write(Feed feed) {
        com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        atom.setEncoding("UTF-8");
        atom.setId(feed.id());
        atom.setTitle(feed.title());
        atom.setSubtitle(text(feed.description()));
        atom.setUpdated(Date.from(feed.updated()));
        atom.setAlternateLinks(List.of(link("alternate", feed.pageUrl(), "text/html")));
        List<Link> others = new ArrayList<>();
        others.add(link("self", feed.url(FeedFormat.ATOM), FeedFormat.ATOM.mediaType()));
        if (feed.hubUrl() != null) {
            others.add(link("hub", feed.hubUrl(), null));
        }
        atom.setOtherLinks(others);
        atom.setAuthors(List.of(person(feed.siteName(), feed.baseUrl() + "/")));
        atom.setIcon(feed.iconUrl());
        atom.setLogo(feed.logoUrl());
        Generator generator = new Generator();
        generator.setValue("Gazette");
        atom.setGenerator(generator);
        List<Entry> entries = new ArrayList<>();
        for (FeedItem item : feed.items()) {
            entries.add(entry(item));
        }
        atom.setEntries(entries);
        try {
            Document document = new WireFeedOutput().outputJDom(atom);
            if (feed.lang() != null) {
                document.getRootElement().setAttribute("lang", feed.lang().code(), Namespace.XML_NAMESPACE);
            } else {
                // the whole site's feed mixes languages, so each entry says its own
                List<Element> elements = document.getRootElement()
                        .getChildren("entry", document.getRootElement().getNamespace());
                for (int i = 0; i < elements.size(); i++) {
                    elements.get(i)
                            .setAttribute("lang", feed.items().get(i).lang().code(), Namespace.XML_NAMESPACE);
                }
            }
            return XmlDocuments.bytes(document);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome refused the Atom feed " + feed.id() + ": " + e.getMessage(), e);
        }
    }

    private static Entry entry(FeedItem item) {
        Entry entry = new Entry();
        entry.setId(item.id());
        entry.setTitleEx(text(item.title()));
        entry.setPublished(Date.from(item.published()));
        entry.setUpdated(Date.from(item.updated()));
        entry.setAlternateLinks(List.of(link("alternate", item.url(), "text/html")));
        List<Link> others = new ArrayList<>();
        if (item.source() != null && item.source().originalUrl() != null) {
            others.add(link("via", item.source().originalUrl(), null));
        }
        if (item.image() != null) {
            Link enclosure = link("enclosure", item.image().url(), item.image().mediaType());
            enclosure.setTitle(item.image().alt());
            if (item.image().length() > 0) {
                enclosure.setLength(item.image().length());
            }
            others.add(enclosure);
        }
        entry.setOtherLinks(others);
        entry.setSummary(text(item.summary()));
        if (item.contentHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(item.contentHtml());
            entry.setContents(List.of(content));
        }
        entry.setAuthors(
                item.authors().stream().map(a -> person(a.name(), a.url())).toList());
        if (item.source() != null) {
            entry.setContributors(
                    List.of(person(item.source().name(), item.source().homepage())));
        }
        List<Category> categories = new ArrayList<>();
        if (item.section() != null) {
            categories.add(category(item.section()));
        }
        item.tags().forEach(tag -> categories.add(category(tag)));
        entry.setCategories(categories);
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndPerson person(String name, String uri) {
        Person person = new Person();
        person.setName(name);
        person.setUri(uri);
        return person;
    }

    /** A term by its slug, labelled with its name; the scheme is the page listing that kind of term. */
    private static Category category(FeedItem.Term term) {
        Category category = new Category();
        category.setTerm(term.slug());
        category.setLabel(term.name());
        category.setScheme(term.url().substring(0, term.url().lastIndexOf('/') + 1));
        return category;
    }
}
