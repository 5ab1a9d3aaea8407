package org.crossing.app.site;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crossing.app.http.MessageTable;

/**
 * The companion site's own words (menus, headings, notes) and its dates in one language, from the
 * tables {@code site_LANG.properties} beside this class ({@link MessageTable}, as the player's
 * words: a language without a table reads in English, and a key a table lacks too). Made once per
 * language and kept: the tables are read and the date patterns compiled once.
 */
public final class SiteWords {

    /** The languages the site's words are written in: each has a table. */
    static final Set<String> LANGUAGES = Set.of("en", "ko");
    private static final Map<String, SiteWords> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final MessageTable words;
    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter weekday;
    private final DateTimeFormatter time;
    private final DateTimeFormatter zone;
    private final DateTimeFormatter monthStart;
    private final DateTimeFormatter monthEnd;
    private final DateTimeFormatter yearStart;
    private final DateTimeFormatter yearEnd;

    private SiteWords(String language) {
        this.words = (language.equals("en") ? MessageTable.english(SiteWords.class, "site")
                : MessageTable.read(SiteWords.class, "site", language, of("en").words)).groupingNumbers();
        this.locale = Locale.forLanguageTag(language);
        this.day = pattern("date");
        this.weekday = pattern("date-weekday");
        this.time = pattern("time");
        // The zone's abbreviation as the festival's own city writes it (EDT, BST): the short names
        // of some languages' tables are missing or wrong in summer (Korean gives EST for Toronto in April).
        this.zone = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
        this.monthStart = pattern("range-month-start");
        this.monthEnd = pattern("range-month-end");
        this.yearStart = pattern("range-year-start");
        this.yearEnd = pattern("range-year-end");
    }

    /** The words for {@code language} ("ko"), or English when the site's words are not written in it. */
    public static SiteWords of(String language) {
        String primary = language == null ? "en" : language.toLowerCase(Locale.ROOT).split("-")[0];
        String lang = LANGUAGES.contains(primary) ? primary : "en";
        SiteWords words = BY_LANGUAGE.get(lang);
        if (words == null) {
            // Not computeIfAbsent: a table other than English reads English's, which would recurse into the map.
            words = new SiteWords(lang);
            BY_LANGUAGE.putIfAbsent(lang, words);
        }
        return words;
    }

    private DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(t(key), locale);
    }

    /** The language the words are in. */
    public String language() {
        return words.language();
    }

    /** The message {@code key} with its values filled in; a number in the language's grouping ("1,234"). */
    public String t(String key, Object... values) {
        return words.t(key, values);
    }

    /** The message for a count: {@code key.one} for 1, {@code key.other} otherwise, with the count as {0}. */
    public String count(String key, long count, Object... more) {
        return words.count(key, count, more);
    }

    /** "24 November 2026", "2026년 11월 24일". */
    public String day(LocalDate date) {
        return day.format(date);
    }

    /** "Sunday 29 November 2026", "2026년 11월 29일 일요일". */
    public String weekday(LocalDate date) {
        return weekday.format(date);
    }

    /** "9:00 PM", "오후 9:00". */
    public String time(ZonedDateTime start) {
        return time.format(start);
    }

    /** The time zone's short name in this language, for a screening's local time. */
    public String zone(ZonedDateTime start) {
        return zone.format(start);
    }

    /** "15–24 March 2013", "25 April – 5 May 2013", "12 June 2013"; "2013년 3월 15일~24일". */
    public String dates(LocalDate start, LocalDate end) {
        if (start.equals(end)) return day(start);
        if (start.getYear() != end.getYear()) return t("range", day(start), day(end));
        if (start.getMonth() != end.getMonth()) return t("range-year", yearStart.format(start), yearEnd.format(end));
        return t("range-month", monthStart.format(start), monthEnd.format(end));
    }

    /** Every key of the table: each language's has the English one's, as tests check. */
    public Set<String> keys() {
        return words.keys();
    }

    /** A language's name in this language, "영어" for en in Korean. */
    public String languageName(String lang) {
        String name = Locale.forLanguageTag(lang).getDisplayLanguage(locale);
        return name.isEmpty() ? lang : name;
    }
}
