package org.crossing.app.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossing.app.site.SiteFolder.givenSite;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path dir;

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<String> texts(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
        return texts;
    }

    @Test
    void theFeedParsesBackAsAtomWithEveryPostNewestFirst() throws Exception {
        Site site = givenSite(dir)
                .withPost("launch", "2013-02-15", "interactive", "The web doc is *live* & free.")
                .with("news/premiere.md", """
                        ---
                        title: "Premiere <at> Hot Docs & more"
                        date: 2013-04-27
                        tags: [festivals, hot-docs]
                        summary: Three screenings.
                        author: Ann
                        ---
                        Body.
                        """)
                .load();

        Document feed = parse(AtomFeed.write(site, site.posts(), "The Defector: news", "/feed.atom", "/news", "https://defector.example"));

        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(((Element) root.getElementsByTagNameNS(ATOM, "id").item(0)).getTextContent())
                .isEqualTo("https://defector.example/feed.atom");
        assertThat(((Element) root.getElementsByTagNameNS(ATOM, "updated").item(0)).getTextContent())
                .isEqualTo("2013-04-27T00:00:00Z");
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        Element first = (Element) entries.item(0);
        assertThat(texts(first, "title")).containsExactly("Premiere <at> Hot Docs & more");
        assertThat(texts(first, "id")).containsExactly("https://defector.example/news/premiere");
        assertThat(texts(first, "summary")).containsExactly("Three screenings.");
        assertThat(texts(first, "name")).containsExactly("Ann");
        NodeList categories = first.getElementsByTagNameNS(ATOM, "category");
        assertThat(((Element) categories.item(1)).getAttribute("term")).isEqualTo("hot-docs");
        Element second = (Element) entries.item(1);
        assertThat(texts(second, "content")).containsExactly("<p>The web doc is <em>live</em> &amp; free.</p>\n");
    }

    @Test
    void aTagFeedHoldsOnlyThatTagsPosts() throws Exception {
        Site site = givenSite(dir)
                .withPost("launch", "2013-02-15", "interactive", "x")
                .withPost("premiere", "2013-04-27", "festivals", "x")
                .load();

        Document feed = parse(AtomFeed.write(site, site.postsTagged("festivals"), "Posts tagged festivals",
                "/news/tag/festivals/feed.atom", "/news/tag/festivals", "https://defector.example"));

        assertThat(feed.getElementsByTagNameNS(ATOM, "entry").getLength()).isEqualTo(1);
        assertThat(texts(feed.getDocumentElement(), "title")).startsWith("Posts tagged festivals");
    }

    @Test
    void anEmptyFeedIsStillValid() throws Exception {
        Site site = givenSite(dir).load();

        Document feed = parse(AtomFeed.write(site, site.posts(), "News", "/feed.atom", "/news", "https://defector.example"));

        assertThat(feed.getElementsByTagNameNS(ATOM, "entry").getLength()).isZero();
        assertThat(texts(feed.getDocumentElement(), "updated")).hasSize(1);
    }

    @Test
    void theSitemapListsEveryPageAndParsesBack() throws Exception {
        Site site = givenSite(dir)
                .withPost("launch", "2013-02-15", "interactive", "x")
                .with("pages/about.md", "---\ntitle: About\n---\nText.\n")
                .with("screenings/hot-docs.md", "---\nname: Hot Docs\ncity: Toronto\ncountry: Canada\nstart: 2013-04-25\n---\n")
                .load();

        Document sitemap = parse(Sitemap.xml(site, 10, List.of(), "https://defector.example"));

        NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) urls.add(locs.item(i).getTextContent());
        assertThat(urls).containsExactly(
                "https://defector.example/", "https://defector.example/news", "https://defector.example/news/launch",
                "https://defector.example/news/tags", "https://defector.example/news/tag/interactive",
                "https://defector.example/screenings", "https://defector.example/screenings/hot-docs",
                "https://defector.example/press", "https://defector.example/about", "https://defector.example/about/about");
        assertThat(Sitemap.robots("https://defector.example"))
                .isEqualTo("User-agent: *\nAllow: /\n\nSitemap: https://defector.example/sitemap.xml\n");
    }
}
