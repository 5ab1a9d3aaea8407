package org.crossing.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A studio beside a node ({@code serve --studio}) as a client signed in over HTTP sees it. */
public final class StudioSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String cookie;

    /** {@code base} is the studio's address up to and with {@code /studio}. */
    public StudioSession(String base) {
        this.base = base;
    }

    /** Waits until the studio answers its sign-in page (beside a node it starts after the node answers), then signs in. */
    public StudioSession signIn(String name, String password) throws Exception {
        HttpResponse<String> form = null;
        for (int i = 0; i < 600 && form == null; i++) {
            try {
                form = get("/login");
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        assertThat(form).as("the studio's sign-in page at " + base).isNotNull();
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String login = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String body = "csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> signed = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", login)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signed.statusCode()).isEqualTo(303);
        cookie = signed.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("crossing_studio=")).findFirst().orElseThrow()
                .split(";")[0];
        return this;
    }

    /** The session cookie's value, for a browser to carry the same session. */
    public String session() {
        return cookie.substring(cookie.indexOf('=') + 1);
    }

    /** GET {@code path} under the studio's base, with the session once signed in. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) request.header("Cookie", cookie);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The page at {@code path} once it contains {@code text}, or after {@code seconds} as it is then. */
    public HttpResponse<String> once(String path, String text, int seconds) throws Exception {
        HttpResponse<String> page = get(path);
        for (int i = 0; i < seconds * 10 && !page.body().contains(text); i++) {
            Thread.sleep(100);
            page = get(path);
        }
        return page;
    }
}
