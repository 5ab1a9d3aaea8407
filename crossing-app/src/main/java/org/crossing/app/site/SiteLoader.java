package org.crossing.app.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a site folder (see docs/site.md):
 *
 * <pre>
 * site.yaml            title, logline, trailer, the way into the interactive
 * news/SLUG.md         posts: Markdown with front matter
 * pages/SLUG.md        standing pages (about, sources and methods)
 * screenings/SLUG.md   one festival or venue per file, with its screenings
 * press.yaml           press and awards
 * media/               images and video the content refers to
 *
 * site.LANG.yaml       the site in another language (site.ko.yaml: Korean), and in it
 * news/SLUG.LANG.md    translations of posts, pages and festivals, beside their originals
 * </pre>
 *
 * A broken file is reported and skipped; everything else is still loaded. A translation that is
 * missing or broken leaves the original in its place. Every file is opened the same way
 * ({@link ContentFiles}); each kind has its reader: {@link SiteInfoFile}, {@link EntryFiles},
 * {@link FestivalFiles}, {@link PressFile}; links between them are checked last ({@link ContentLinks}).
 */
public final class SiteLoader {

    private SiteLoader() {}

    /**
     * Loads the folder. Throws only when the folder itself cannot be read; a broken file
     * inside it becomes a diagnostic.
     */
    public static Site load(Path folder) throws IOException {
        if (!Files.exists(folder)) throw new NoSuchFileException(folder.toString(), null, "no such site folder");
        if (!Files.isDirectory(folder)) throw new NotDirectoryException(folder.toString());
        ContentFiles files = new ContentFiles(folder);
        files.listMedia();
        // site.yaml first: it names the languages the other files are read in
        SiteInfo info = SiteInfoFile.read(files);
        List<Post> posts = EntryFiles.posts(files);
        List<Page> pages = EntryFiles.pages(files);
        List<Festival> festivals = FestivalFiles.read(files);
        PressFile.Press press = PressFile.read(files);
        ContentLinks.check(files, posts, pages, festivals);
        return new Site(folder, info, posts, pages, festivals, press.items(), press.awards(), files.media(), files.diagnostics(),
                files.stale());
    }

    /** "Korean" for ko: the language's English name, or its tag when Java does not know it. */
    public static String languageName(String lang) {
        return ContentFiles.languageName(lang);
    }
}
