package org.crossing.app.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A scripted player over plain HTTP, like a browser without JavaScript: posts forms, follows redirects by hand. */
public final class Player {

    private static final Pattern TOKEN = Pattern.compile("name=\"t\" value=\"([^\"]+)\"");
    private static final Pattern CHOICE = Pattern.compile("name=\"c\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public Player(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Page(int status, String html, String url) {
        public boolean ended() {
            return html.contains("data-resume=\"end\"");
        }

        public String token() {
            Matcher m = TOKEN.matcher(html);
            if (!m.find()) throw new AssertionError("no token on the page " + url + ":\n" + html);
            return m.group(1);
        }

        public List<String> choices() {
            List<String> values = new ArrayList<>();
            Matcher m = CHOICE.matcher(html);
            while (m.find()) values.add(m.group(1));
            return values;
        }
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with extra headers, as pairs of name and value. */
    public HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).headers(headers).timeout(java.time.Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, String... form) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < form.length; i += 2) {
            if (body.length() > 0) body.append('&');
            body.append(form[i]).append('=').append(URLEncoder.encode(form[i + 1], StandardCharsets.UTF_8));
        }
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    public Page begin(String slug) throws IOException, InterruptedException {
        return follow(post("/s/" + slug + "/begin"));
    }

    public Page choose(String slug, String token, String choice) throws IOException, InterruptedException {
        return follow(post("/s/" + slug + "/play", "t", token, "c", choice));
    }

    private Page follow(HttpResponse<String> response) throws IOException, InterruptedException {
        if (response.statusCode() != 303) return new Page(response.statusCode(), response.body(), response.uri().toString());
        String location = response.headers().firstValue("Location").orElseThrow();
        String path = location.startsWith("http") ? URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery() : location;
        HttpResponse<String> page = get(path);
        return new Page(page.statusCode(), page.body(), path);
    }

    /** Plays one journey to its end with random choices; returns the ending page. */
    public Page playRandomJourney(String slug, Random random) throws IOException, InterruptedException {
        Page page = begin(slug);
        for (int steps = 0; !page.ended(); steps++) {
            if (page.status() != 200) throw new AssertionError("status " + page.status() + " at " + page.url() + ":\n" + page.html());
            if (steps > 200) throw new AssertionError("no ending after 200 steps");
            List<String> choices = page.choices();
            page = choose(slug, page.token(), choices.get(random.nextInt(choices.size())));
        }
        return page;
    }
}
