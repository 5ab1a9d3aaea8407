package org.crossing.app.server;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.crossing.app.http.RequestCounter;
import org.crossing.app.stats.Statistics;

/**
 * What a node tells its load balancer and its monitoring. {@code /healthz} answers 200 while the
 * node plays, saying in its text whether counting is degraded: a node whose database is away
 * still plays every journey, and all nodes share that database, so taking it out of rotation
 * would help no one. {@code /healthz/counting} answers 503 while counting is degraded, for
 * alerts. {@code /metrics} is in Prometheus's text format.
 */
final class NodeHealth {

    private final Statistics statistics;
    private final RequestCounter requests;
    private final Clock clock;
    private final Instant started;

    NodeHealth(Statistics statistics, RequestCounter requests, Clock clock) {
        this.statistics = statistics;
        this.requests = requests;
        this.clock = clock;
        this.started = clock.instant();
    }

    void healthz(Context ctx) {
        Statistics.Snapshot s = statistics.snapshot();
        plain(ctx).result(s.databaseUp() ? "ok" : "ok; " + degraded(s));
    }

    void counting(Context ctx) {
        Statistics.Snapshot s = statistics.snapshot();
        if (s.databaseUp()) {
            plain(ctx).result("counting ok; " + (s.pendingInMemory() + s.pendingSaved()) + " steps waiting");
        } else {
            plain(ctx).status(503).result(degraded(s));
        }
    }

    private String degraded(Statistics.Snapshot s) {
        long seconds = s.downSince() == null ? 0 : Duration.between(s.downSince(), clock.instant()).toSeconds();
        return "counting degraded: the database has been unreachable for " + seconds + " s; " + (s.pendingInMemory() + s.pendingSaved())
                + " steps wait (" + s.pendingInMemory() + " in memory, " + s.pendingSaved() + " saved in the data folder)";
    }

    void metrics(Context ctx) {
        Statistics.Snapshot s = statistics.snapshot();
        Instant now = clock.instant();
        Instant last = s.lastWritten() == null ? started : s.lastWritten();
        StringBuilder out = new StringBuilder(2048);
        metric(out, "crossing_requests_total", "counter", "HTTP requests received.", requests.requests());
        out.append("# HELP crossing_steps_total Journey steps taken on this node, by kind (begin; decision: a choice or a countdown run out); a step sent again while it waits in memory is not taken again, and the database counts each step once however often it is sent.\n")
                .append("# TYPE crossing_steps_total counter\n")
                .append("crossing_steps_total{kind=\"begin\"} ").append(s.begins()).append('\n')
                .append("crossing_steps_total{kind=\"decision\"} ").append(s.decisions()).append('\n');
        metric(out, "crossing_endings_total", "counter", "Journeys that reached an ending, counted on this node.", s.endings());
        metric(out, "crossing_steps_repeated_total", "counter", "Steps sent again while still in memory (replays, reloads, Back): not counted again.", s.duplicates());
        metric(out, "crossing_steps_dropped_total", "counter", "Steps dropped because too many waited in memory.", s.dropped());
        metric(out, "crossing_steps_late_total", "counter", "Steps not counted because their journey began more than a day before.", s.late());
        metric(out, "crossing_steps_stale_total", "counter", "Steps not written because their journey was forgotten before the database took them.", s.stale());
        metric(out, "crossing_steps_written_total", "counter", "Steps written to the database (each counted there at most once).", s.written());
        out.append("# HELP crossing_pending_steps Steps not written to the database yet.\n# TYPE crossing_pending_steps gauge\n")
                .append("crossing_pending_steps{where=\"memory\"} ").append(s.pendingInMemory()).append('\n')
                .append("crossing_pending_steps{where=\"disk\"} ").append(s.pendingSaved()).append('\n');
        metric(out, "crossing_flush_lag_seconds", "gauge", "Seconds since the database last took a write (about 1 while healthy).",
                Duration.between(last, now).toMillis() / 1000.0);
        metric(out, "crossing_database_up", "gauge", "1 when the last write to the database succeeded, 0 while counting is degraded.",
                s.databaseUp() ? 1 : 0);
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").header("Cache-Control", "no-store").result(out.toString());
    }

    private static void metric(StringBuilder out, String name, String type, String help, Number value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(' ').append(type).append('\n')
                .append(name).append(' ').append(value).append('\n');
    }

    private static Context plain(Context ctx) {
        return ctx.contentType("text/plain; charset=utf-8").header("Cache-Control", "no-store");
    }
}
