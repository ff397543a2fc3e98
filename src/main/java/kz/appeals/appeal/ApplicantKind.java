package kz.appeals.appeal;

public enum ApplicantKind {
    INDIVIDUAL, LEGAL_ENTITY, ANONYMOUS
}
