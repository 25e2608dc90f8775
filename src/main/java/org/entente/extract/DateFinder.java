package org.entente.extract;

import org.entente.extract.rules.Cues;
import org.entente.extract.rules.LangRules;
import org.entente.extract.text.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Date expressions in an article: "19 June 2024", "June 2024", "في يونيو/حزيران 2024", "le 19 juin 2024", bare
 * years, and relative ones ("yesterday", "أمس", "hier", "on Tuesday", "last week") resolved against the
 * publication date (skipped when it is unknown). Values are as precise as the text: 2024, 2024-06, 2024-06-19.
 */
final class DateFinder {
    record DateMention(int from, int to, String value) {}

    private DateFinder() {}

    static List<DateMention> find(Doc doc) {
        List<DateMention> out = new ArrayList<>();
        List<Token> t = doc.tokens;
        LangRules r = doc.rules;
        LocalDate pub = doc.published;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            Token x = t.get(i);
            if (!x.word) continue;
            int[] month = month(doc, i);
            if (month != null) {
                int m = month[0];
                int end = month[1];
                Integer day = null;
                int from = i;
                if (i > 0 && isDay(t.get(i - 1))) {
                    day = Integer.parseInt(t.get(i - 1).norm);
                    from = i - 1;
                }
                int j = end;
                // the second name of a double month ("يونيو/ حزيران") and an English day ("June 19, 2024")
                if (j < n && t.get(j).text.equals("/")) {
                    int[] m2 = month(doc, j + 1);
                    if (m2 != null) j = m2[1];
                }
                if (day == null && j < n && isDay(t.get(j))) {
                    day = Integer.parseInt(t.get(j).norm);
                    j++;
                }
                if (j < n && t.get(j).text.equals(",")) j++;
                Integer year = null;
                if (j < n && isYear(t.get(j))) {
                    year = Integer.parseInt(t.get(j).norm);
                    j++;
                }
                if (year == null && pub != null) {
                    year = m <= pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
                }
                if (year != null) {
                    String v = day != null && day <= 31 ? safeDay(year, m, day) : String.format("%04d-%02d", year, m);
                    out.add(new DateMention(from, Math.max(j, end), v));
                }
                i = Math.max(i, j - 1);
                continue;
            }
            if (isYear(x)) {
                out.add(new DateMention(i, i + 1, x.norm));
                continue;
            }
            if (pub == null) continue;
            Integer wd = weekday(doc, i);
            if (wd != null) {
                LocalDate d = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(wd)));
                boolean next = i > 0 && r.relative.getOrDefault("next", EMPTY).matches(doc.forms[i - 1]);
                if (next) d = pub.with(TemporalAdjusters.next(DayOfWeek.of(wd)));
                out.add(new DateMention(i, i + 1, d.toString()));
                continue;
            }
            for (var e : r.relative.entrySet()) {
                Cues c = e.getValue();
                int len = c.matchAt(t, doc.forms, i, n);
                if (len == 0) continue;
                String v = switch (e.getKey()) {
                    case "today" -> pub.toString();
                    case "yesterday" -> pub.minusDays(1).toString();
                    case "tomorrow" -> pub.plusDays(1).toString();
                    case "thisWeek" -> pub.toString().substring(0, 7);
                    case "lastWeek" -> pub.minusWeeks(1).toString().substring(0, 7);
                    case "thisMonth" -> pub.toString().substring(0, 7);
                    case "lastMonth" -> pub.minusMonths(1).toString().substring(0, 7);
                    case "thisYear" -> String.valueOf(pub.getYear());
                    case "lastYear" -> String.valueOf(pub.getYear() - 1);
                    default -> null;
                };
                if (v != null) {
                    out.add(new DateMention(i, i + len, v));
                    i += len - 1;
                    break;
                }
            }
        }
        return out;
    }

    private static final Cues EMPTY = new Cues();

    private static String safeDay(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (RuntimeException e) {
            return String.format("%04d-%02d", y, m);
        }
    }

    /** Month at token i: {month, end token}; two-word names ("كانون الثاني") first. */
    private static int[] month(Doc doc, int i) {
        if (i >= doc.tokens.size() || !doc.tokens.get(i).word) return null;
        if (i + 1 < doc.tokens.size()) {
            for (String a : doc.forms[i]) {
                Integer m = doc.rules.months.get(a + " " + doc.tokens.get(i + 1).norm);
                if (m != null) return new int[] {m, i + 2};
            }
        }
        for (String a : doc.forms[i]) {
            Integer m = doc.rules.months.get(a);
            if (m != null) {
                // "May" and "mars" are words too: in en/fr a month name is written with a capital or beside a number
                Token t = doc.tokens.get(i);
                if (!t.arabic && doc.lang.equals("en") && !t.capitalized) return null;
                if (!t.arabic && a.equals("may") && !nearNumber(doc, i)) return null;
                return new int[] {m, i + 1};
            }
        }
        return null;
    }

    private static boolean nearNumber(Doc doc, int i) {
        return (i > 0 && isDay(doc.tokens.get(i - 1))) || (i + 1 < doc.tokens.size()
                && (isDay(doc.tokens.get(i + 1)) || isYear(doc.tokens.get(i + 1))));
    }

    private static Integer weekday(Doc doc, int i) {
        Token t = doc.tokens.get(i);
        if (!t.arabic && doc.lang.equals("en") && !t.capitalized) return null;
        for (String a : doc.forms[i]) {
            Integer d = doc.rules.weekdays.get(a);
            if (d != null) return d;
        }
        return null;
    }

    private static boolean isDay(Token t) {
        String s = t.norm;
        if (s.isEmpty() || s.length() > 2) return false;
        for (int k = 0; k < s.length(); k++) if (!Character.isDigit(s.charAt(k))) return false;
        int d = Integer.parseInt(s);
        return d >= 1 && d <= 31;
    }

    static boolean isYear(Token t) {
        String s = t.norm;
        if (s.length() != 4) return false;
        for (int k = 0; k < 4; k++) if (s.charAt(k) < '0' || s.charAt(k) > '9') return false;
        int y = Integer.parseInt(s);
        return y >= 1900 && y <= 2100;
    }
}
