package kz.appeals.deadline;

public enum DayKind {
    /** A public holiday: no work. */
    HOLIDAY,
    /** An extra weekday without work: moved from a holiday on a weekend, or by decree. */
    DAY_OFF,
    /** A Saturday or Sunday made a working day by a government decree. */
    WORKING_DAY
}
