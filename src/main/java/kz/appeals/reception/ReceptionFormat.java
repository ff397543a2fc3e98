package kz.appeals.reception;

public enum ReceptionFormat {
    REGULAR, MOBILE, THEMATIC
}
