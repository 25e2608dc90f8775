package org.entente.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Checks an article before any work is done, with messages that say what to fix. */
final class ArticleValidator {

    static final List<String> LANGUAGES = List.of("ar", "en", "fr");
    private static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

    private ArticleValidator() {
    }

    /** The article, trimmed and checked; the published date parsed. */
    static Checked check(ArticleInput in, int maxChars) {
        if (in == null) {
            throw new InvalidArticleException("the article is missing: send {\"text\": \"...\"}");
        }
        String text = in.text();
        if (text == null) {
            throw new InvalidArticleException("text is missing: send the article body in \"text\"");
        }
        if (text.length() > maxChars) {
            throw new InvalidArticleException("text is " + text.length() + " characters long; the limit is "
                    + maxChars + " (entente.ingest.max-article-chars)", true);
        }
        if (text.isBlank()) {
            throw new InvalidArticleException("text is empty: send the article body in \"text\"");
        }
        if (!hasLetters(text)) {
            throw new InvalidArticleException("text has no words: send the article body as plain text");
        }
        if (text.indexOf('\uFFFD') >= 0) {
            throw new InvalidArticleException("text is not valid UTF-8 (it holds U+FFFD replacement characters): "
                    + "send the article as UTF-8");
        }
        if (controlRatio(text) > 0.05) {
            throw new InvalidArticleException("text looks like binary data (control characters): send plain text");
        }
        String lang = in.lang() == null || in.lang().isBlank() ? null : in.lang().strip().toLowerCase(Locale.ROOT);
        if (lang != null && !LANGUAGES.contains(lang)) {
            throw new InvalidArticleException("lang '" + in.lang() + "' is not supported: use ar, en or fr");
        }
        LocalDate published = parsePublished(in.published());
        String url = in.url() == null || in.url().isBlank() ? null : in.url().strip();
        if (url != null && (url.length() > 2048 || url.chars().anyMatch(Character::isWhitespace))) {
            throw new InvalidArticleException("url is not a valid address: at most 2048 characters, no spaces");
        }
        String title = in.title() == null ? null : clip(in.title().strip(), 500);
        String source = in.source() == null ? null : clip(in.source().strip(), 200);
        return new Checked(text, url, title, published, lang, source);
    }

    static LocalDate parsePublished(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = value.length() <= 10 ? LocalDate.parse(value.strip())
                    : OffsetDateTime.parse(value.strip()).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                date = java.time.LocalDateTime.parse(value.strip()).toLocalDate();
            } catch (DateTimeParseException e2) {
                throw new InvalidArticleException("published '" + clip(value, 40)
                        + "' is not a date: use YYYY-MM-DD (for example 2025-09-02)");
            }
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LocalDate.now().plusDays(2))) {
            throw new InvalidArticleException("published " + date + " is out of range: use a date between "
                    + EARLIEST + " and today");
        }
        return date;
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static double controlRatio(String text) {
        long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                || c == '\uFFFD').count();
        return (double) control / text.length();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** A checked article: text as given, optional fields normalised. */
    record Checked(String text, String url, String title, LocalDate published, String lang, String source) {
    }
}
