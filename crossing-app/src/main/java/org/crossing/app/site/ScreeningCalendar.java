package org.crossing.app.site;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * iCalendar (RFC 5545) files for screenings, written by ical4j (which folds and escapes the
 * text). A screening with a time is an event at that local time in its festival's time zone,
 * with the zone's VTIMEZONE; one without a time is an all-day event; a festival whose
 * screenings are not known is one all-day event over its dates.
 */
public final class ScreeningCalendar {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private ScreeningCalendar() {}

    /** One screening. */
    public static String of(Site site, Festival festival, Screening screening, String baseUrl, Clock clock) {
        return write(site, List.of(event(site, festival, screening, baseUrl, clock)), List.of(festival));
    }

    /** A festival: its screenings, or its dates when no screening is listed. */
    public static String of(Site site, Festival festival, String baseUrl, Clock clock) {
        return write(site, events(site, festival, baseUrl, clock, false), List.of(festival));
    }

    /** Everything still to come on {@code clock}'s day. */
    public static String upcoming(Site site, String baseUrl, Clock clock) {
        List<VEvent> events = new ArrayList<>();
        List<Festival> festivals = site.upcoming(clock);
        for (Festival festival : festivals) events.addAll(events(site, festival, baseUrl, clock, true));
        return write(site, events, festivals);
    }

    private static List<VEvent> events(Site site, Festival festival, String baseUrl, Clock clock, boolean upcomingOnly) {
        List<VEvent> events = new ArrayList<>();
        if (festival.screenings().isEmpty()) {
            events.add(festivalEvent(site, festival, baseUrl, clock));
        }
        for (Screening screening : festival.screenings()) {
            if (!upcomingOnly || Site.isUpcoming(festival, screening, clock)) {
                events.add(event(site, festival, screening, baseUrl, clock));
            }
        }
        return events;
    }

    private static VEvent festivalEvent(Site site, Festival festival, String baseUrl, Clock clock) {
        VEvent event = new VEvent(festival.start(), festival.end().plusDays(1), site.info().title() + " at " + festival.name());
        event.replace(new DtStamp(Instant.now(clock)));
        event.add(new Uid(festival.slug() + "@" + host(baseUrl)));
        event.add(new Location(festival.place()));
        event.add(new Description("The festival runs from " + festival.start() + " to " + festival.end()
                + ". Screening times: " + festival.website().orElse(baseUrl + "/screenings/" + festival.slug())));
        event.add(new Url(URI.create(baseUrl + "/screenings/" + festival.slug())));
        return event;
    }

    private static VEvent event(Site site, Festival festival, Screening screening, String baseUrl, Clock clock) {
        String summary = site.info().title() + " at " + festival.name()
                + screening.title().map(t -> ": " + t).orElse(screening.kind() == Screening.Kind.SCREENING ? "" : " (" + screening.kind().label().toLowerCase(java.util.Locale.ROOT) + ")");
        VEvent event;
        if (screening.time().isPresent()) {
            ZoneId zone = festival.zone().orElseThrow();
            ZonedDateTime start = ZonedDateTime.of(screening.date(), screening.time().get(), zone);
            event = screening.minutes().isPresent()
                    ? new VEvent(start, start.plusMinutes(screening.minutes().get()), summary)
                    : new VEvent(start, summary);
        } else {
            event = new VEvent(screening.date(), screening.until().orElse(screening.date()).plusDays(1), summary);
        }
        event.replace(new DtStamp(Instant.now(clock)));
        event.add(new Uid(festival.slug() + "-" + screening.number() + "@" + host(baseUrl)));
        List<String> place = new ArrayList<>();
        screening.venue().ifPresent(place::add);
        screening.room().ifPresent(place::add);
        screening.address().ifPresent(place::add);
        place.add(festival.city());
        place.add(festival.country());
        event.add(new Location(String.join(", ", place)));
        List<String> lines = new ArrayList<>();
        if (!screening.notes().isEmpty()) lines.add(String.join(". ", screening.notes()) + ".");
        screening.tickets().ifPresent(t -> lines.add("Tickets: " + t));
        lines.add("Details: " + baseUrl + "/screenings/" + festival.slug());
        event.add(new Description(String.join("\n", lines)));
        event.add(new Url(URI.create(screening.tickets().orElse(baseUrl + "/screenings/" + festival.slug()))));
        return event;
    }

    private static String write(Site site, List<VEvent> events, List<Festival> festivals) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Crossing//" + site.info().title().replace("//", "/") + "//EN"));
        calendar.add(new Version(new net.fortuna.ical4j.model.ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        Map<String, VTimeZone> zones = new LinkedHashMap<>();
        for (Festival festival : festivals) {
            boolean timed = festival.screenings().stream().anyMatch(s -> s.time().isPresent());
            festival.zone().filter(z -> timed).map(ZoneId::getId).ifPresent(id -> zone(id).ifPresent(z -> zones.put(id, z)));
        }
        zones.values().forEach(calendar::add);
        events.forEach(calendar::add);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("cannot write the calendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static Optional<VTimeZone> zone(String id) {
        net.fortuna.ical4j.model.TimeZone zone = ZONES.getTimeZone(id);
        return zone == null ? Optional.empty() : Optional.of(zone.getVTimeZone());
    }

    private static String host(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        return host == null ? "crossing.invalid" : host;
    }
}
