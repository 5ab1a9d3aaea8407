package org.crossing.app.site;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * sitemap.xml (sitemaps.org 0.9) and robots.txt for the site's pages. A site in several languages
 * lists each page in each language ({@code /news?lang=ko}) and without one (the address that picks
 * from the browser's languages), each with its alternates as {@code xhtml:link} elements, the form
 * search engines read hreflang in.
 */
public final class Sitemap {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

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
            List<String> languages = site.info().multilingual() ? site.info().languages() : List.of();
            if (!languages.isEmpty()) xml.writeNamespace("xhtml", XHTML);
            Map<String, LocalDate> pages = pages(site, postsPerPage);
            for (Map.Entry<String, LocalDate> page : pages.entrySet()) {
                url(xml, baseUrl + page.getKey(), page.getValue(), page.getKey(), languages, baseUrl);
                for (String language : languages) {
                    url(xml, baseUrl + SiteLinks.inLanguage(page.getKey(), language), page.getValue(), page.getKey(), languages, baseUrl);
                }
            }
            for (String path : storyPages) {
                if (!pages.containsKey(path)) url(xml, baseUrl + path, null, path, List.of(), baseUrl);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write sitemap.xml: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void url(XMLStreamWriter xml, String loc, LocalDate lastmod, String path, List<String> languages, String baseUrl)
            throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(loc);
        xml.writeEndElement();
        if (lastmod != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(lastmod.toString());
            xml.writeEndElement();
        }
        for (String language : languages) alternate(xml, language, baseUrl + SiteLinks.inLanguage(path, language));
        if (!languages.isEmpty()) alternate(xml, "x-default", baseUrl + path);
        xml.writeEndElement();
    }

    private static void alternate(XMLStreamWriter xml, String hreflang, String href) throws XMLStreamException {
        xml.writeEmptyElement("xhtml", "link", XHTML);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", href);
    }

    public static String robots(String baseUrl) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + "/sitemap.xml\n";
    }
}
