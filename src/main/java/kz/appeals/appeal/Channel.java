package kz.appeals.appeal;

public enum Channel {
    PORTAL, CALL_CENTER, RECEPTION, WRITTEN
}
