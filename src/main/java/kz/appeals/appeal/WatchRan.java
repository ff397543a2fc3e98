package kz.appeals.appeal;

import java.time.LocalDate;

/** The deadline watch ran for a day (a CDI event): other terms kept with the appeal are checked on it too. */
public record WatchRan(LocalDate today) {
}
