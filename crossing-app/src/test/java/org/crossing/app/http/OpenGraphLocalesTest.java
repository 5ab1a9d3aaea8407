package org.crossing.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenGraphLocalesTest {

    @Test
    void aBareLanguageTakesItsUsualTerritory() {
        assertThat(OpenGraphLocales.of("ko")).isEqualTo("ko_KR");
        assertThat(OpenGraphLocales.of("en")).isEqualTo("en_US");
        assertThat(OpenGraphLocales.of("ja")).isEqualTo("ja_JP");
    }

    @Test
    void aTagWithARegionKeepsIt() {
        assertThat(OpenGraphLocales.of("pt-br")).isEqualTo("pt_BR");
        assertThat(OpenGraphLocales.of("en-GB")).isEqualTo("en_GB");
        assertThat(OpenGraphLocales.of("ko-KR")).isEqualTo("ko_KR");
    }

    @Test
    void aLanguageWithoutAUsualTerritoryStaysALanguage() {
        assertThat(OpenGraphLocales.of("eo")).isEqualTo("eo");
    }

    @Test
    void theAlternatesAreTheOtherLanguages() {
        assertThat(OpenGraphLocales.alternates("ko", List.of("en", "ko"))).containsExactly("en_US");
        assertThat(OpenGraphLocales.alternates("en", List.of("en"))).isEmpty();
    }
}
