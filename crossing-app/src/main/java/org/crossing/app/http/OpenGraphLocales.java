package org.crossing.app.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page language as Open Graph names it: {@code language_TERRITORY} ("ko_KR", "en_US"), which
 * is what og:locale and og:locale:alternate take (ogp.me). A bare language tag ("ko") is not one,
 * and the consumers that read it (Facebook, KakaoTalk, LINE) then fall back to en_US. A tag with a
 * region keeps it ("pt-br" → "pt_BR"); a bare language takes the territory where most of its
 * readers are.
 */
public final class OpenGraphLocales {

    /** The usual territory of a language written without one. */
    private static final Map<String, String> TERRITORY = Map.ofEntries(
            Map.entry("en", "US"), Map.entry("ko", "KR"), Map.entry("ja", "JP"), Map.entry("zh", "CN"),
            Map.entry("fr", "FR"), Map.entry("de", "DE"), Map.entry("es", "ES"), Map.entry("pt", "BR"),
            Map.entry("it", "IT"), Map.entry("nl", "NL"), Map.entry("ru", "RU"), Map.entry("uk", "UA"),
            Map.entry("pl", "PL"), Map.entry("cs", "CZ"), Map.entry("sv", "SE"), Map.entry("da", "DK"),
            Map.entry("nb", "NO"), Map.entry("fi", "FI"), Map.entry("el", "GR"), Map.entry("tr", "TR"),
            Map.entry("he", "IL"), Map.entry("ar", "AR"), Map.entry("hi", "IN"), Map.entry("vi", "VN"),
            Map.entry("th", "TH"), Map.entry("id", "ID"), Map.entry("ms", "MY"), Map.entry("fa", "IR"));

    private OpenGraphLocales() {}

    /** "ko" → "ko_KR", "en" → "en_US", "pt-br" → "pt_BR"; a language with no usual territory as it is ("eo"). */
    public static String of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String language = locale.getLanguage();
        if (language.isEmpty()) return languageTag;
        String country = locale.getCountry().isEmpty() ? TERRITORY.get(language) : locale.getCountry();
        return country == null ? language : language + "_" + country;
    }

    /** The Open Graph locales of {@code languages} other than {@code current}, for og:locale:alternate. */
    public static List<String> alternates(String current, List<String> languages) {
        List<String> out = new ArrayList<>(languages.size());
        for (String language : languages) if (!language.equalsIgnoreCase(current)) out.add(of(language));
        return List.copyOf(out);
    }
}
