package org.entente.resolve;

import java.time.LocalDate;
import java.time.YearMonth;

/** Parses the catalog's partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as the first or last day they may mean. */
public final class Dates {
    private Dates() {}

    public static LocalDate lower(String s) {
        return parse(s, false);
    }

    public static LocalDate upper(String s) {
        return parse(s, true);
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, LocalDate[]> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final LocalDate[] NONE = new LocalDate[2];

    private static LocalDate parse(String s, boolean end) {
        if (s == null || s.isBlank()) return null;
        // catalog dates are few and parsed on every office look-up: keep both bounds
        LocalDate[] both = CACHE.get(s);
        if (both == null) {
            both = new LocalDate[] {parse0(s, false), parse0(s, true)};
            if (both[0] == null && both[1] == null) both = NONE;
            if (CACHE.size() < 100_000) CACHE.put(s, both);
        }
        return both[end ? 1 : 0];
    }

    private static LocalDate parse0(String s, boolean end) {
        try {
            String t = s.trim();
            if (t.length() == 4) {
                int y = Integer.parseInt(t);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (t.length() == 7) {
                YearMonth ym = YearMonth.parse(t);
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            return LocalDate.parse(t.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** True when the office or membership period [from, to] covers the day; an open end means "still". */
    public static boolean covers(String from, String to, LocalDate day) {
        LocalDate f = lower(from);
        LocalDate t = upper(to);
        return (f == null || !day.isBefore(f)) && (t == null || !day.isAfter(t));
    }
}
