package kz.appeals.reception;

public enum ReceptionStatus {
    SCHEDULED, HELD, CANCELLED
}
