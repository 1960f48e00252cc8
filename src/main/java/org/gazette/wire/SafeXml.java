package org.gazette.wire;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses feed XML with everything dangerous switched off: a document that declares a DTD is refused
 * outright, so there is no entity expansion (billion laughs) and no external entity (XXE) or schema is
 * ever resolved. The encoding comes from the byte-order mark or the XML declaration (UTF-8 without
 * either); bytes that do not decode are an error, never replaced.
 */
final class SafeXml {

    private static final DocumentBuilderFactory FACTORY = factory();

    private SafeXml() {}

    static Document parse(byte[] bytes) {
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(THROWING);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("refers to an external entity");
            });
            InputSource source = new InputSource(new ByteArrayInputStream(bytes));
            return builder.parse(source);
        } catch (SAXParseException e) {
            throw new UnreadableFeedException(reason(e));
        } catch (SAXException e) {
            throw new UnreadableFeedException("not well-formed XML: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            // the decoder reports bytes that are not in the declared encoding as an I/O error
            throw new UnreadableFeedException("not readable in its declared encoding: " + firstLine(e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reason(SAXParseException e) {
        String message = firstLine(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return "declares a DTD (<!DOCTYPE>), which the wire desk refuses: no entities are expanded or fetched";
        }
        if (message.contains("XML document structures must start and end") || message.contains("Premature end")) {
            return "truncated: the document ends before its elements are closed (line " + e.getLineNumber() + ")";
        }
        return "not well-formed XML at line " + e.getLineNumber() + ": " + message;
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
    }

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // warnings (such as an unused namespace) do not stop a feed
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
        }
    }
}
