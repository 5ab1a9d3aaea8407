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
     * {@code baseUrl} (no trailing slash), in the site's own language.
     */
    public static String write(Site site, List<Post> posts, String feedTitle, String selfPath, String alternatePath,
                               String baseUrl) {
        return write(site, posts, feedTitle, selfPath, alternatePath, baseUrl, site.info().language());
    }

    /**
     * The feed in {@code lang}, one of the site's languages: each post in its translation, or in
     * the original (marked with its xml:lang) where it has none; on a site in several languages the
     * posts' addresses carry the language, as their pages' links do.
     */
    public static String write(Site site, List<Post> posts, String feedTitle, String selfPath, String alternatePath,
                               String baseUrl, String lang) {
        SiteInfo info = site.info();
        SiteInfo.InfoText text = info.in(lang);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", lang);
            element(xml, "id", baseUrl + selfPath);
            element(xml, "title", feedTitle);
            if (!text.logline().isEmpty()) element(xml, "subtitle", text.logline());
            LocalDate updated = posts.isEmpty() ? LocalDate.of(2000, 1, 1) : posts.get(0).date();
            element(xml, "updated", timestamp(updated));
            link(xml, "self", baseUrl + selfPath, "application/atom+xml");
            link(xml, "alternate", baseUrl + alternatePath, "text/html");
            xml.writeStartElement("author");
            element(xml, "name", info.author().orElse(text.title()));
            xml.writeEndElement();
            xml.writeStartElement("generator");
            xml.writeCharacters("Crossing");
            xml.writeEndElement();
            for (Post post : posts) {
                EntryText in = post.in(lang);
                // A post in another language is another entry: its id is its address in that language.
                String url = baseUrl + (info.multilingual() ? SiteLinks.inLanguage("/news/" + post.slug(), lang) : "/news/" + post.slug());
                xml.writeStartElement("entry");
                if (!in.lang().isEmpty() && !in.lang().equals(lang)) xml.writeAttribute("xml:lang", in.lang());
                element(xml, "id", url);
                element(xml, "title", in.title());
                element(xml, "published", timestamp(post.date()));
                element(xml, "updated", timestamp(post.date()));
                link(xml, "alternate", url, "text/html");
                if (in.author().isPresent()) {
                    xml.writeStartElement("author");
                    element(xml, "name", in.author().get());
                    xml.writeEndElement();
                }
                for (String tag : post.tags()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", tag);
                    xml.writeAttribute("scheme", baseUrl + "/news/tag/");
                }
                if (!in.summary().isEmpty()) element(xml, "summary", in.summary());
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeAttribute("xml:base", baseUrl + "/");
                xml.writeCharacters(in.html());
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
