package org.entente.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.entente.graph.EntityNode;
import org.entente.graph.RelationTypes;

/** Parsing and validation of the query endpoints' parameters: each failure says what to send instead. */
final class QueryParams {

    static final int MAX_SIZE = 200;
    static final List<String> SOURCES = List.of("news", "atop", "all");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private QueryParams() {
    }

    static String validTypes() {
        return String.join(", ", RelationTypes.SUMMARY.keySet().stream().sorted().toList());
    }

    /** Fact types from a comma-separated list (case-insensitive; relationship names such as ALLIED_WITH too). */
    static List<String> types(String param, String name) {
        if (param == null || param.isBlank()) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        for (String raw : param.split(",")) {
            String t = raw.strip().toUpperCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            String type = RelationTypes.isKnown(t) ? t : RelationTypes.factTypeOf(t);
            if (type == null) {
                throw new ApiException(400, "unknown " + name + " '" + raw.strip() + "': use one or more of "
                        + validTypes() + " (comma-separated)");
            }
            if (!types.contains(type)) {
                types.add(type);
            }
        }
        return types;
    }

    static String type(String param) {
        List<String> t = types(param, "type");
        if (t.size() > 1) {
            throw new ApiException(400, "type takes a single fact type here, one of " + validTypes());
        }
        return t.isEmpty() ? null : t.get(0);
    }

    /** A date of 2024, 2024-06 or 2024-06-19 that exists on the calendar, or null. */
    static String date(String param, String name) {
        if (param == null || param.isBlank()) {
            return null;
        }
        String d = param.strip();
        boolean ok = DATE.matcher(d).matches();
        if (ok) {
            try {
                if (d.length() == 10) {
                    LocalDate.parse(d);
                } else if (d.length() == 7) {
                    YearMonth.parse(d);
                }
            } catch (DateTimeException e) {
                ok = false;
            }
        }
        if (!ok) {
            throw new ApiException(400, name + " '" + param + "' is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY), "
                    + "for example 2024-12-31");
        }
        return d;
    }

    static int page(Integer page) {
        if (page == null) {
            return 0;
        }
        if (page < 0) {
            throw new ApiException(400, "page must be 0 or more (pages are numbered from 0)");
        }
        return page;
    }

    static int size(Integer size, int defaultSize, int max) {
        if (size == null) {
            return defaultSize;
        }
        if (size < 1 || size > max) {
            throw new ApiException(400, "size must be between 1 and " + max + ", not " + size);
        }
        return size;
    }

    static int range(Integer value, String name, int defaultValue, int min, int max) {
        if (value == null) {
            return defaultValue;
        }
        if (value < min || value > max) {
            throw new ApiException(400, name + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    static String source(String param) {
        if (param == null || param.isBlank()) {
            return null;
        }
        String s = param.strip().toLowerCase(Locale.ROOT);
        if (!SOURCES.contains(s)) {
            throw new ApiException(400, "unknown source '" + param + "': use news, atop or all");
        }
        return s.equals("all") ? null : s;
    }

    static String kind(String param) {
        if (param == null || param.isBlank()) {
            return null;
        }
        for (String k : EntityNode.KINDS) {
            if (k.equalsIgnoreCase(param.strip())) {
                return k;
            }
        }
        throw new ApiException(400, "unknown kind '" + param + "': use one of " + String.join(", ", EntityNode.KINDS));
    }

    static String id(String param, String name) {
        if (param == null || param.isBlank()) {
            return null;
        }
        String id = param.strip();
        if (id.length() > 200) {
            throw new ApiException(400, name + " is too long: send an entity id such as RUS, NATO or Vladimir Putin");
        }
        return id;
    }

    static String required(String value, String name, String example) {
        if (value == null || value.isBlank()) {
            throw new ApiException(400, name + " is required, for example " + name + "=" + example);
        }
        return value.strip();
    }

    static List<String> list(String... values) {
        return Arrays.asList(values);
    }
}
