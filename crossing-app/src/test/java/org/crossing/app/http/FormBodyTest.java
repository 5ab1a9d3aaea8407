package org.crossing.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.junit.jupiter.api.Test;

class FormBodyTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    private static FormBody form(String body) {
        return FormBody.of(FORM, body.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void readsATokenAndAChoiceAsTheyAre() {
        FormBody form = form("t=QwEd_qma0kAd-Pwhi.K89QP3MLmhg3Z7&c=2");
        assertThat(form.field("t")).isEqualTo("QwEd_qma0kAd-Pwhi.K89QP3MLmhg3Z7");
        assertThat(form.field("c")).isEqualTo("2");
        assertThat(form.field("invite")).isNull();
    }

    @Test
    void decodesPlusAndPercentEscapesAsUtf8() {
        FormBody form = form("name=Kim+Ji-su&place=%ED%98%9C%EC%82%B0%20market&sum=1%2B1%3D2");
        assertThat(form.field("name")).isEqualTo("Kim Ji-su");
        assertThat(form.field("place")).isEqualTo("혜산 market");
        assertThat(form.field("sum")).isEqualTo("1+1=2");
    }

    @Test
    void namesAreDecodedTooAndTheFirstOfTwoFieldsWins() {
        FormBody form = form("%74=first&t=second&c");
        assertThat(form.field("t")).isEqualTo("first");
        assertThat(form.field("c")).isEmpty();
    }

    @Test
    void emptyPartsAndBrokenEscapesDoNotStopTheReading() {
        FormBody form = form("&&a=1%&b=%zz%4&&c=%41=B&");
        assertThat(form.field("a")).isEqualTo("1%");
        assertThat(form.field("b")).isEqualTo("%zz%4");
        assertThat(form.field("c")).isEqualTo("A=B");
        assertThat(form.field("")).isNull();
        assertThat(form("").field("t")).isNull();
    }

    @Test
    void malformedUtf8BecomesReplacementCharacters() {
        assertThat(form("t=%FF%FEok").field("t")).isEqualTo("\uFFFD\uFFFDok");
    }

    @Test
    void aNamedCharsetIsHonoured() {
        FormBody latin1 = FormBody.of(FORM + "; Charset=\"ISO-8859-1\"", "w=caf%E9".getBytes(StandardCharsets.US_ASCII));
        assertThat(latin1.field("w")).isEqualTo("café");
        FormBody utf8 = FormBody.of("Application/X-WWW-Form-URLEncoded;charset=UTF-8", "w=caf%C3%A9".getBytes(StandardCharsets.US_ASCII));
        assertThat(utf8.field("w")).isEqualTo("café");
    }

    @Test
    void anUnknownCharsetIsTheClientsMistake() {
        assertThatThrownBy(() -> FormBody.of(FORM + "; charset=foo", new byte[0])).isInstanceOf(UnsupportedCharsetException.class);
        assertThatThrownBy(() -> FormBody.of(FORM + "; charset=\"a b\"", new byte[0])).isInstanceOf(IllegalCharsetNameException.class);
        // Known, but its & and = are not ASCII's: the form cannot be split where they are.
        assertThatThrownBy(() -> FormBody.of(FORM + "; charset=UTF-16", new byte[0])).isInstanceOf(UnsupportedCharsetException.class)
                .hasMessage("UTF-16");
    }

    @Test
    void otherBodiesHaveNoFields() {
        assertThat(FormBody.of("text/plain", "t=x".getBytes(StandardCharsets.US_ASCII)).field("t")).isNull();
        assertThat(FormBody.of(null, "t=x".getBytes(StandardCharsets.US_ASCII)).field("t")).isNull();
        assertThat(FormBody.of("multipart/form-data; boundary=x", "t=x".getBytes(StandardCharsets.US_ASCII)).field("t")).isNull();
        assertThat(FormBody.of(FORM + "x", "t=x".getBytes(StandardCharsets.US_ASCII)).field("t")).isNull();
        assertThat(FormBody.of(" " + FORM + " ;charset=utf-8", "t=x".getBytes(StandardCharsets.US_ASCII)).field("t")).isEqualTo("x");
    }

    @Test
    void aQueryIsReadAsAFormIs() {
        FormBody query = FormBody.query("t=QwEd_qma0kAd-Pwhi.K89QP3MLmhg3Z7&lang=ko&lang=en&q=%ED%98%9C%EC%82%B0+market&bad=%zz");
        assertThat(query.field("t")).isEqualTo("QwEd_qma0kAd-Pwhi.K89QP3MLmhg3Z7");
        assertThat(query.field("lang")).isEqualTo("ko");
        assertThat(query.field("q")).isEqualTo("혜산 market");
        assertThat(query.field("bad")).isEqualTo("%zz");
        assertThat(query.field("k")).isNull();
    }

    @Test
    void aQueryWithRawUnicodeOrNoneAtAllIsRead() {
        assertThat(FormBody.query("place=혜산").field("place")).isEqualTo("혜산");
        assertThat(FormBody.query("lang").field("lang")).isEmpty();
        assertThat(FormBody.query(null).field("lang")).isNull();
        assertThat(FormBody.query("").field("lang")).isNull();
    }
}
