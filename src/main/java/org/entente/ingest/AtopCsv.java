package org.entente.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reader for the plain CSV files of the ATOP release: a header line, then one record per line. Fields may be
 * double-quoted (a doubled quote inside stands for one), though ATOP itself never quotes; a byte order mark, CRLF
 * line ends and blank lines are tolerated. Every problem is reported with the file name and line number.
 */
final class AtopCsv {

    private final String file;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private AtopCsv(String file, Map<String, Integer> columns, List<Row> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads {@code path}, failing when it is missing or its header lacks one of {@code required}. */
    static AtopCsv read(Path path, Collection<String> required) {
        String name = path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            throw new InvalidArticleException("ATOP file " + name + " is missing from " + path.getParent()
                    + ": expected the ATOP v4 release files atop-alliance-level.csv and atop-member-level.csv");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidArticleException("cannot read ATOP file " + path + ": " + e.getMessage());
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new InvalidArticleException("ATOP file " + name + " is empty: expected a header line");
        }
        String headerLine = lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(0);
        List<String> header = split(headerLine, name, 1);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).trim().toLowerCase(java.util.Locale.ROOT), i);
        }
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidArticleException("ATOP file " + name + " lacks the column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " in its header line");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = split(line, name, i + 1);
            if (fields.size() != header.size()) {
                throw new InvalidArticleException("ATOP file " + name + ", line " + (i + 1) + ": " + fields.size()
                        + " fields where the header has " + header.size());
            }
            rows.add(new Row(name, i + 1, fields, columns));
        }
        return new AtopCsv(name, columns, rows);
    }

    String file() {
        return file;
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    List<Row> rows() {
        return rows;
    }

    /** The fields of one line. */
    static List<String> split(String line, String file, int lineNo) {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < l.length() && l.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InvalidArticleException("ATOP file " + file + ", line " + lineNo + ": unclosed quote");
        }
        out.add(field.toString());
        return out;
    }

    /** One record; values are trimmed, and an absent column reads as empty. */
    record Row(String file, int line, List<String> fields, Map<String, Integer> columns) {

        String get(String column) {
            Integer i = columns.get(column);
            return i == null ? "" : fields.get(i).trim();
        }

        /** The column as a whole number; empty (or, as in some ATOP exports, "NA" or ".") reads as 0. */
        int number(String column) {
            String v = get(column);
            if (v.isEmpty() || v.equalsIgnoreCase("NA") || v.equals(".")) {
                return 0;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                try {
                    double d = Double.parseDouble(v);
                    if (d == Math.rint(d)) {
                        return (int) d;
                    }
                } catch (NumberFormatException ignored) {
                    // reported below
                }
                throw new InvalidArticleException("ATOP file " + file + ", line " + line + ": column " + column
                        + " should be a whole number, not '" + v + "'");
            }
        }

        boolean flag(String column) {
            return number(column) == 1;
        }
    }
}
