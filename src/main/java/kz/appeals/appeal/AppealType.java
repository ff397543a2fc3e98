package kz.appeals.appeal;

public enum AppealType {
    STATEMENT, COMPLAINT, PROPOSAL, INQUIRY, REPORT, RESPONSE
}
