package org.crossing.app.http;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each language's name in itself ("English", "한국어"), as the language switcher shows it. Looked
 * up once per language: the JDK finds a display name through its locale providers' resource
 * bundles, work a page in several languages would otherwise repeat for each of them. Shared by
 * the player's and the companion site's switchers.
 */
public final class LanguageNames {

    private static final ConcurrentHashMap<String, String> NAMES = new ConcurrentHashMap<>();

    private LanguageNames() {}

    /** The language of {@code tag} named in itself, capitalised; the tag itself when the JDK has no name for it. */
    public static String of(String tag) {
        return NAMES.computeIfAbsent(tag, LanguageNames::lookUp);
    }

    private static String lookUp(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
