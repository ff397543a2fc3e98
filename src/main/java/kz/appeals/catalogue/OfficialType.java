package kz.appeals.catalogue;

/** Kinds of officials who receive citizens; stored as text with a CHECK in the officials catalogue, and named by receptions and the import. */
public enum OfficialType {
    AGENCY_HEAD, MAJILIS_DEPUTY, MASLIKHAT_DEPUTY, OFFICE_HEAD
}
