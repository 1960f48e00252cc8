package org.gazette.sitemap;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gazette.feed.XmlText;

/**
 * Writes sitemap protocol 0.9 documents with the JDK's streaming XML writer, which escapes text and
 * attributes; every text and attribute value written passes {@link XmlText}, which removes what XML cannot
 * carry at all. Alternates use the xhtml link
 * element search engines read for hreflang, news entries the Google News sitemap schema.
 */
final class SitemapXml {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private SitemapXml() {}

    /** One {@code <url>}: its address, when it last changed, its language versions and, in the news sitemap, its news data. */
    record Url(String loc, Instant lastModified, List<Alternate> alternates, News news) {}

    /** An hreflang alternate: a language code (or {@code x-default}) and the address of that version. */
    record Alternate(String hreflang, String href) {}

    /** What the Google News sitemap says about a story. */
    record News(String publication, String language, Instant published, String title) {}

    /** One {@code <sitemap>} of an index. */
    record Entry(String loc, Instant lastModified) {}

    static byte[] index(List<Entry> sitemaps) {
        return write(xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (Entry sitemap : sitemaps) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", sitemap.loc());
                if (sitemap.lastModified() != null) {
                    element(xml, "lastmod", w3c(sitemap.lastModified()));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    static byte[] urlset(List<Url> urls) {
        boolean alternates = urls.stream().anyMatch(url -> !url.alternates().isEmpty());
        boolean news = urls.stream().anyMatch(url -> url.news() != null);
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            if (alternates) {
                xml.writeNamespace("xhtml", XHTML_NS);
            }
            if (news) {
                xml.writeNamespace("news", NEWS_NS);
            }
            for (Url url : urls) {
                xml.writeStartElement("url");
                element(xml, "loc", url.loc());
                if (url.lastModified() != null) {
                    element(xml, "lastmod", w3c(url.lastModified()));
                }
                for (Alternate alternate : url.alternates()) {
                    xml.writeEmptyElement("xhtml", "link", XHTML_NS);
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", XmlText.clean(alternate.hreflang()));
                    xml.writeAttribute("href", XmlText.clean(alternate.href()));
                }
                if (url.news() != null) {
                    news(xml, url.news());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private static void news(XMLStreamWriter xml, News news) throws XMLStreamException {
        xml.writeStartElement("news", "news", NEWS_NS);
        xml.writeStartElement("news", "publication", NEWS_NS);
        xml.writeStartElement("news", "name", NEWS_NS);
        xml.writeCharacters(XmlText.clean(news.publication()));
        xml.writeEndElement();
        xml.writeStartElement("news", "language", NEWS_NS);
        xml.writeCharacters(XmlText.clean(news.language()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("news", "publication_date", NEWS_NS);
        xml.writeCharacters(w3c(news.published()));
        xml.writeEndElement();
        xml.writeStartElement("news", "title", NEWS_NS);
        xml.writeCharacters(XmlText.clean(news.title()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    /** W3C Datetime, as sitemaps want it: UTC, to the second. */
    static String w3c(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write a sitemap: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
