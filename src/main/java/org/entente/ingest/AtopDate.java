package org.entente.ingest;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date of the ATOP data as precise as the data gives it: ATOP writes an unknown month or day as 0 (or leaves it
 * empty), so a date is a year, a year and month, or a full day. Out-of-range months and days are treated as unknown.
 */
record AtopDate(int year, int month, int day) {

    /** The date of three ATOP columns, or null when the year is 0 or missing (for an exit: still in force). */
    static AtopDate of(int year, int month, int day) {
        if (year <= 0) {
            return null;
        }
        if (month < 1 || month > 12) {
            return new AtopDate(year, 0, 0);
        }
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return new AtopDate(year, month, 0);
        }
        return new AtopDate(year, month, day);
    }

    /** {@code 1961-07-11}, {@code 1961-07} or {@code 1961}. */
    String text() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        if (day == 0) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    /** The first day the date may mean. */
    LocalDate first() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day the date may mean: an end date covers its whole period. */
    LocalDate last() {
        if (month == 0) {
            return LocalDate.of(year, 12, 31);
        }
        if (day == 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, month, day);
    }

    private int precision() {
        return month == 0 ? 0 : day == 0 ? 1 : 2;
    }

    /** The later of two start dates (the more precise one when they begin the same day). */
    static AtopDate laterStart(AtopDate a, AtopDate b) {
        int c = a.first().compareTo(b.first());
        return c > 0 ? a : c < 0 ? b : a.precision() >= b.precision() ? a : b;
    }

    /** The earlier of two start dates (the more precise one when they begin the same day). */
    static AtopDate earlierStart(AtopDate a, AtopDate b) {
        int c = a.first().compareTo(b.first());
        return c < 0 ? a : c > 0 ? b : a.precision() >= b.precision() ? a : b;
    }

    /** The earlier of two end dates; null stands for "still in force" and loses to any date. */
    static AtopDate earlierEnd(AtopDate a, AtopDate b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        int c = a.last().compareTo(b.last());
        return c < 0 ? a : c > 0 ? b : a.precision() >= b.precision() ? a : b;
    }

    /** The later of two end dates; null stands for "still in force" and wins. */
    static AtopDate laterEnd(AtopDate a, AtopDate b) {
        if (a == null || b == null) {
            return null;
        }
        int c = a.last().compareTo(b.last());
        return c > 0 ? a : c < 0 ? b : a.precision() >= b.precision() ? a : b;
    }
}
