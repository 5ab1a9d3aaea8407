package org.crossing.app.site;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Atom 1.0 (RFC 4287) feeds of news posts, written with the JDK's XML writer so all text is escaped. */
public final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    /**
     * The feed of {@code posts} (newest first), served at {@code selfPath} on the site at
     * {@code baseUrl} (no trailing slash).
     */
    public static String write(Site site, List<Post> posts, String feedTitle, String selfPath, String alternatePath,
                               String baseUrl) {
        SiteInfo info = site.info();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", info.language());
            element(xml, "id", baseUrl + selfPath);
            element(xml, "title", feedTitle);
            if (!info.logline().isEmpty()) element(xml, "subtitle", info.logline());
            LocalDate updated = posts.isEmpty() ? LocalDate.of(2000, 1, 1) : posts.get(0).date();
            element(xml, "updated", timestamp(updated));
            link(xml, "self", baseUrl + selfPath, "application/atom+xml");
            link(xml, "alternate", baseUrl + alternatePath, "text/html");
            xml.writeStartElement("author");
            element(xml, "name", info.author().orElse(info.title()));
            xml.writeEndElement();
            xml.writeStartElement("generator");
            xml.writeCharacters("Crossing");
            xml.writeEndElement();
            for (Post post : posts) {
                String url = baseUrl + "/news/" + post.slug();
                xml.writeStartElement("entry");
                element(xml, "id", url);
                element(xml, "title", post.title());
                element(xml, "published", timestamp(post.date()));
                element(xml, "updated", timestamp(post.date()));
                link(xml, "alternate", url, "text/html");
                if (post.author().isPresent()) {
                    xml.writeStartElement("author");
                    element(xml, "name", post.author().get());
                    xml.writeEndElement();
                }
                for (String tag : post.tags()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", tag);
                    xml.writeAttribute("scheme", baseUrl + "/news/tag/");
                }
                if (!post.summary().isEmpty()) element(xml, "summary", post.summary());
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeAttribute("xml:base", baseUrl + "/");
                xml.writeCharacters(post.html());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed " + selfPath + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    static String timestamp(LocalDate date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
