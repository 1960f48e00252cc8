package org.gazette.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/** Serializes the JDOM documents Rome builds: UTF-8, indented, with an XML declaration. */
final class XmlDocuments {

    private XmlDocuments() {}

    static byte[] bytes(Document document) {
        Format format = Format.getPrettyFormat().setEncoding("UTF-8").setIndent("  ");
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            new XMLOutputter(format).output(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
