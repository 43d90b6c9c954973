package org.storyline.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A calendar date as precise as the text states it: {@code 2018}, {@code 2025-12}, {@code 2026-02-06}
 * or {@code 2026-02-06T10:28}.
 */
public record PartialDate(String value) implements Comparable<PartialDate> {
    public PartialDate {
        Objects.requireNonNull(value, "date value must not be null");
        if (!valid(value)) {
            throw new IllegalArgumentException(
                    "date must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]: " + value);
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.toString());
    }

    public static PartialDate of(YearMonth month) {
        return new PartialDate(month.toString());
    }

    /** Date and minute: seconds are dropped, as news headers rarely state them. */
    public static PartialDate of(LocalDateTime time) {
        return new PartialDate(time.toLocalDate() + "T" + String.format("%02d:%02d", time.getHour(), time.getMinute()));
    }

    public Precision precision() {
        return switch (value.length()) {
            case 4 -> Precision.YEAR;
            case 7 -> Precision.MONTH;
            case 10 -> Precision.DAY;
            default -> Precision.TIME;
        };
    }

    /** The day, when the value states one. */
    public java.util.Optional<LocalDate> day() {
        return value.length() >= 10 ? java.util.Optional.of(LocalDate.parse(value.substring(0, 10))) : java.util.Optional.empty();
    }

    @Override
    public int compareTo(PartialDate other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean valid(String v) {
        try {
            switch (v.length()) {
                case 4 -> Integer.parseUnsignedInt(v); // unsigned: "-123" is not a year
                case 7 -> YearMonth.parse(v);
                case 10 -> LocalDate.parse(v);
                case 16, 19 -> LocalDateTime.parse(v);
                default -> {
                    return false;
                }
            }
            return v.chars().allMatch(c -> c == '-' || c == 'T' || c == ':' || (c >= '0' && c <= '9'));
        } catch (DateTimeParseException | NumberFormatException e) {
            return false;
        }
    }

    /** How much of a date a value states. */
    public enum Precision { YEAR, MONTH, DAY, TIME }
}
