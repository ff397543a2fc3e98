package kz.appeals.reception;

/** Kinds of officials who receive citizens; the catalogue stores them as text with a CHECK. */
public enum OfficialType {
    AGENCY_HEAD, MAJILIS_DEPUTY, MASLIKHAT_DEPUTY, OFFICE_HEAD
}
