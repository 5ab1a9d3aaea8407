package org.crossing.story.model;

/** A work that facts cite. {@code author} and {@code url} may be null. */
public record Source(String id, String author, String title, String publisher, int year, String url, Position position) {

    /** "Author, Title, Publisher, Year", the author left out when there is none. */
    public String citation() {
        return (author == null ? "" : author + ", ") + title + ", " + publisher + ", " + year;
    }
}
