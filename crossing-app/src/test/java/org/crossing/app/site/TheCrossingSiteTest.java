package org.crossing.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The repository's site/ of The Crossing: clean, and every entry in Korean as well as English. */
class TheCrossingSiteTest {

    static final Path CROSSING = Path.of("..", "site");

    @Test
    void theSiteLoadsWithoutErrorsOrWarningsInEnglishAndKorean() throws Exception {
        Site site = SiteLoader.load(CROSSING);

        assertThat(site.diagnostics()).isEmpty();
        assertThat(site.info().languages()).containsExactly("en", "ko");
        assertThat(site.info().in("ko").title()).isEqualTo("건너는 길");
        assertThat(site.info().in("ko").interactive().orElseThrow().url()).isEqualTo("/s/the-crossing?lang=ko");
    }

    @Test
    void everyPostAndPageHasItsKoreanVersionAndEveryTagItsKoreanName() throws Exception {
        Site site = SiteLoader.load(CROSSING);

        assertThat(site.posts()).isNotEmpty().allSatisfy(post -> assertThat(post.in("ko").lang()).as(post.file()).isEqualTo("ko"));
        assertThat(site.pages()).isNotEmpty().allSatisfy(page -> assertThat(page.in("ko").lang()).as(page.file()).isEqualTo("ko"));
        assertThat(site.festivals()).allSatisfy(festival -> assertThat(festival.in("ko").lang()).as(festival.file()).isEqualTo("ko"));
        assertThat(site.tags().keySet()).allSatisfy(tag -> assertThat(site.info().in("ko").tags()).as(tag).containsKey(tag));
    }
}
