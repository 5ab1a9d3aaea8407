package org.crossing.app.site;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** sitemap.xml (sitemaps.org 0.9) and robots.txt for the site's pages. */
public final class Sitemap {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {}

    /** Every page of the site, with the date it last changed when that is known. */
    public static Map<String, LocalDate> pages(Site site, int postsPerPage) {
        Map<String, LocalDate> pages = new LinkedHashMap<>();
        LocalDate newest = site.posts().isEmpty() ? null : site.posts().get(0).date();
        pages.put("/", newest);
        pages.put("/news", newest);
        int pageCount = Math.max(1, (site.posts().size() + postsPerPage - 1) / postsPerPage);
        for (int page = 2; page <= pageCount; page++) pages.put("/news/page/" + page, null);
        for (Post post : site.posts()) pages.put("/news/" + post.slug(), post.date());
        pages.put("/news/tags", newest);
        for (String tag : site.tags().keySet()) pages.put("/news/tag/" + tag, site.postsTagged(tag).get(0).date());
        pages.put("/screenings", null);
        for (Festival festival : site.festivals()) pages.put("/screenings/" + festival.slug(), null);
        pages.put("/press", null);
        if (!site.pages().isEmpty()) pages.put("/about", null);
        for (Page page : site.pages()) pages.put("/about/" + page.slug(), null);
        return pages;
    }

    /** The site's pages, then {@code storyPages} (paths of the player's pages, such as /s/the-crossing). */
    public static String xml(Site site, int postsPerPage, List<String> storyPages, String baseUrl) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            Map<String, LocalDate> pages = pages(site, postsPerPage);
            for (String path : storyPages) pages.putIfAbsent(path, null);
            for (Map.Entry<String, LocalDate> page : pages.entrySet()) {
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(baseUrl + page.getKey());
                xml.writeEndElement();
                if (page.getValue() != null) {
                    xml.writeStartElement("lastmod");
                    xml.writeCharacters(page.getValue().toString());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write sitemap.xml: " + e.getMessage(), e);
        }
        return out.toString();
    }

    public static String robots(String baseUrl) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + "/sitemap.xml\n";
    }
}
