package org.entente.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable ids: an article's id comes from its URL when it has one (so a new version of the page replaces the old),
 * else from its normalised text (so the same text sent twice is one article).
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static String articleId(String url, String text) {
        if (url != null && !url.isBlank()) {
            return "u-" + sha256(normaliseUrl(url)).substring(0, 24);
        }
        return "t-" + sha256(normaliseText(text)).substring(0, 24);
    }

    /** Hash of everything that, when changed, makes a new version of the article. */
    public static String contentHash(String text, String title, String published, String lang) {
        return sha256(normaliseText(text) + "\u0000" + title + "\u0000" + published + "\u0000" + lang);
    }

    public static String factId(String articleId, String type, String subject, String object, String role) {
        return "f-" + sha256(articleId + "|" + type + "|" + subject + "|" + object + "|" + role).substring(0, 24);
    }

    static String normaliseUrl(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        u = u.replaceFirst("^(?i)https?://", "").replaceFirst("^(?i)www\\.", "");
        int slash = u.indexOf('/');
        String host = slash < 0 ? u : u.substring(0, slash);
        String path = slash < 0 ? "" : u.substring(slash);
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return host.toLowerCase(Locale.ROOT) + path;
    }

    static String normaliseText(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
