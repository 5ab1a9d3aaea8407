package org.crossing.app.server;

import org.crossing.app.http.SecurityHeaders;
import org.crossing.app.testing.CapturedLog;
import org.crossing.app.testing.RawHttp;
import org.crossing.app.testing.RunningNode;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests a browser never sends, on the real node with its site: each answered quietly with the product's page. */
class HostileRequestsTest {

    /** The site with the stories it belongs with, as 'crossing serve' runs them in this repository. */
    @RegisterExtension
    static final RunningNode running = RunningNode.serving(Paths.get("..", "stories")).withSite(Paths.get("..", "site"));

    private static String get(String path) throws Exception {
        return RawHttp.send(running.port(), "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    /** The product's own error page, in UTF-8 with every security header. */
    private static void assertProductPage(String answer, int status, String heading) {
        assertThat(RawHttp.status(answer)).isEqualTo(status);
        assertThat(RawHttp.header(answer, "Content-Type")).isEqualTo("text/html;charset=utf-8");
        assertThat(RawHttp.header(answer, "Content-Security-Policy")).isEqualTo(SecurityHeaders.CSP);
        assertThat(RawHttp.header(answer, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(RawHttp.header(answer, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(RawHttp.header(answer, "Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(answer).contains("<h1>" + heading + "</h1>").contains("<link rel=\"stylesheet\" href=\"/assets/app.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/s/%u0041", "/s/the-crossing/share/%u0041", "/s/the-crossing/share/%u0041/card.png", "/s/the-crossing/media/%u0041",
            "/assets/%u0041", "/media/%u0041", "/news/%u0041", "/screenings/%u0041", "/about/%u0041", "/s/the-crossing/media/%zz", "/news/%"})
    void aPathWithAnEscapeThatIsNotTwoHexDigitsIsABadRequestAndLogsNothing(String path) throws Exception {
        try (CapturedLog log = new CapturedLog()) {
            String answer = get(path);

            assertProductPage(answer, 400, "This request could not be read");
            assertThat(log.text()).isEmpty();
        }
    }

    @Test
    void aPostWhoseBodyEndsEarlyLogsNothingAtInfo() throws Exception {
        try (CapturedLog log = new CapturedLog()) {
            byte[] request = ("POST /s/the-crossing/play HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 1000\r\n\r\nt=abc").getBytes(StandardCharsets.US_ASCII);

            String answer = RawHttp.send(running.port(), request, true);

            assertThat(answer).doesNotContain(" 500 ");
            Thread.sleep(200); // the handler may still be finishing after the answer went out
            assertThat(log.text()).isEmpty();
        }
    }

    @Test
    void aRequestWithoutHostGetsTheProductsBadRequestPage() throws Exception {
        String answer = RawHttp.send(running.port(), "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");

        assertProductPage(answer, 400, "This request could not be read");
    }

    @Test
    void anAddressTooLongGetsTheProductsPageInEnglishAndKorean() throws Exception {
        String answer = get("/s/the-crossing/play?t=" + "a".repeat(20_000));

        assertProductPage(answer, 414, "This address is too long");
        assertThat(answer).contains("<html lang=\"en\">", "<title>This address is too long · 주소가 너무 깁니다 · Crossing</title>",
                "<a class=\"button primary\" href=\"/\">See the stories</a>",
                "<div class=\"page error\" lang=\"ko\">\n<h2>주소가 너무 깁니다</h2>\n"
                        + "<p>서버는 8KB까지의 주소만 받습니다. 링크를 따라 왔다면 그 링크가 손상된 것입니다.</p>\n"
                        + "<p><a class=\"button\" href=\"/?lang=ko\">이야기 보기</a></p>\n</div>");
    }

    @Test
    void aKoreanAddressTooLongCannotBeReadForItsLanguageSoThePageSaysItInBoth() throws Exception {
        // Jetty refuses the request line before handing it over: neither ?lang=ko nor the headers reach the page.
        String answer = RawHttp.send(running.port(), "GET /s/the-crossing/play?lang=ko&t=" + "a".repeat(20_000) + " HTTP/1.1\r\n"
                + "Host: localhost\r\nAccept-Language: ko\r\nConnection: close\r\n\r\n");

        assertProductPage(answer, 414, "This address is too long");
        assertThat(answer).contains("<h2>주소가 너무 깁니다</h2>");
    }

    @Test
    void headersTooLargeGetTheProductsPageInEnglishAndKorean() throws Exception {
        String answer = RawHttp.send(running.port(), "GET /?lang=ko HTTP/1.1\r\nHost: localhost\r\nAccept-Language: ko\r\nX-Big: "
                + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n");

        assertProductPage(answer, 431, "This request's headers are too large");
        assertThat(answer).contains("<html lang=\"en\">", "<div class=\"page error\" lang=\"ko\">\n<h2>요청 헤더가 너무 큽니다</h2>\n"
                + "<p>브라우저가 서버가 받는 것보다 많은 헤더를 보냈습니다. 이 사이트의 데이터를 지우면 나아질 수 있습니다.</p>");
    }

    @Test
    void aKoreanBrowsersRefusedRequestGetsThePageInKorean() throws Exception {
        String answer = RawHttp.send(running.port(), "GET /s/%u0041 HTTP/1.1\r\nHost: localhost\r\nAccept-Language: ko-KR,ko;q=0.9\r\n"
                + "Connection: close\r\n\r\n");

        assertProductPage(answer, 400, "이 요청을 읽을 수 없습니다");
        assertThat(answer).contains("<html lang=\"ko\">", "<p>주소나 헤더의 형식이 잘못되었습니다. 링크를 확인하거나 첫 페이지에서 시작해 주세요.</p>",
                "<a class=\"button primary\" href=\"/?lang=ko\">이야기 보기</a>");
        // kept apart from the English page of the same status
        assertProductPage(get("/s/%u0041"), 400, "This request could not be read");
    }

    @Test
    void anUnknownHttpVersionGetsTheProductsPage() throws Exception {
        String answer = RawHttp.send(running.port(), "GET / HTTP/3.0\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertProductPage(answer, 505, "This HTTP version is not supported");
    }

    @Test
    void aBodyOverTheLimitGetsTheProductsPage() throws Exception {
        String body = "t=" + "a".repeat(100_000);
        String answer;
        try (CapturedLog log = new CapturedLog()) {
            answer = RawHttp.send(running.port(), "POST /s/the-crossing/play HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
            assertThat(log.text()).contains("[WARN] Javalin - Body size greater than max size (65536 bytes)");
        }

        assertProductPage(answer, 413, "This request is too large");
    }

    @Test
    void aChoicePostedInChunksIsReadAsAnyOther() throws Exception {
        // A body without a length is left to Javalin's reading, with its limit; a short one of known length is read directly.
        var page = running.player().begin("the-crossing");
        String body = "t=" + URLEncoder.encode(page.token(), StandardCharsets.UTF_8) + "&c=" + page.choices().get(0);

        String answer = RawHttp.send(running.port(), "POST /s/the-crossing/play HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n");

        assertThat(RawHttp.status(answer)).isEqualTo(303);
        assertThat(RawHttp.header(answer, "Location")).startsWith("/s/the-crossing/play?t=");
    }
}
