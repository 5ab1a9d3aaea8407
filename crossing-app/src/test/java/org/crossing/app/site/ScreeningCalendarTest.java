package org.crossing.app.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossing.app.site.SiteFolder.givenSite;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningCalendarTest {

    private static final Clock APRIL_28 = SiteFolder.APRIL_28_2013;
    private static final String BASE = SiteFolder.BASE;

    @TempDir
    Path dir;

    private Site givenFestivals() {
        return givenSite(dir)
                .with("screenings/hot-docs-2013.md", """
                        ---
                        name: Hot Docs
                        city: Toronto
                        country: Canada
                        timezone: America/Toronto
                        start: 2013-04-25
                        end: 2013-05-05
                        screenings:
                          - date: 2013-04-27
                            time: "21:00"
                            venue: Scotiabank Theatre
                            room: Cinema 4
                            notes: [Canadian premiere, "Q&A; with the director, after the film"]
                          - date: 2013-04-29
                            time: "15:30"
                            minutes: 90
                            venue: Scotiabank Theatre
                            room: Cinema 5
                          - date: 2013-05-04
                            time: "18:30"
                            venue: The Regent
                            tickets: https://hotdocs.ca/tickets
                        ---
                        """)
                .with("screenings/sheffield-2013.md", SiteFolder.SHEFFIELD)
                .with("screenings/thessaloniki-2013.md", SiteFolder.THESSALONIKI)
                .load();
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void aTimedScreeningIsAnEventAtItsLocalTimeInTheFestivalsZone() throws Exception {
        Site site = givenFestivals();
        Festival festival = site.festival("hot-docs-2013").orElseThrow();

        String text = ScreeningCalendar.of(site, festival, festival.screenings().get(0), BASE, APRIL_28);
        Calendar calendar = parse(text);

        assertThat(text).contains("DTSTART;TZID=America/Toronto:20130427T210000");
        assertThat(text.lines()).allMatch(line -> line.length() <= 75);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).hasSize(1);
        DtStart<Temporal> start = event.getDateTimeStart();
        assertThat(ZonedDateTime.from(start.getDate()).toInstant())
                .isEqualTo(ZonedDateTime.of(2013, 4, 27, 21, 0, 0, 0, ZoneId.of("America/Toronto")).toInstant());
        assertThat(property(event, "SUMMARY")).isEqualTo("The Defector at Hot Docs");
        assertThat(property(event, "LOCATION")).isEqualTo("Scotiabank Theatre, Cinema 4, Toronto, Canada");
        assertThat(property(event, "DESCRIPTION")).isEqualTo(
                "Canadian premiere. Q&A; with the director, after the film.\nDetails: https://defector.example/screenings/hot-docs-2013");
        assertThat(property(event, "UID")).isEqualTo("hot-docs-2013-1@defector.example");
    }

    @Test
    void aScreeningWithALengthEndsAfterIt() throws Exception {
        Site site = givenFestivals();
        Festival festival = site.festival("hot-docs-2013").orElseThrow();

        VEvent event = parse(ScreeningCalendar.of(site, festival, festival.screenings().get(1), BASE, APRIL_28))
                .<VEvent>getComponents("VEVENT").get(0);

        assertThat(property(event, "DTEND")).isEqualTo("20130429T170000");
    }

    @Test
    void aFestivalWithoutListedScreeningsIsOneAllDayEventOverItsDates() throws Exception {
        Site site = givenFestivals();

        String text = ScreeningCalendar.of(site, site.festival("thessaloniki-2013").orElseThrow(), BASE, APRIL_28);
        VEvent event = parse(text).<VEvent>getComponents("VEVENT").get(0);

        assertThat(text).contains("DTSTART;VALUE=DATE:20130315").contains("DTEND;VALUE=DATE:20130325");
        assertThat(event.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2013, 3, 15));
        assertThat(property(event, "SUMMARY")).isEqualTo("The Defector at Thessaloniki Documentary Festival");
    }

    @Test
    void theUpcomingCalendarHoldsOnlyWhatIsStillToCome() throws Exception {
        Site site = givenFestivals();

        Calendar calendar = parse(ScreeningCalendar.upcoming(site, BASE, APRIL_28));

        assertThat(calendar.<VEvent>getComponents("VEVENT")).extracting(e -> property(e, "UID"))
                .containsExactly("hot-docs-2013-2@defector.example", "hot-docs-2013-3@defector.example",
                        "sheffield-2013@defector.example");
        assertThat(calendar.getProperty("VERSION").map(Property::getValue)).contains("2.0");
        assertThat(calendar.getProperty("PRODID").map(Property::getValue)).contains("-//Crossing//The Defector//EN");
    }

    @Test
    void anEmptySiteGivesAnEmptyButValidCalendar() throws Exception {
        Site site = givenSite(dir).load();

        Calendar calendar = parse(ScreeningCalendar.upcoming(site, BASE, APRIL_28));

        assertThat(calendar.getComponents()).isEmpty();
    }
}
