package kz.appeals.appeal;

public enum Outcome {
    POSITIVE, EXPLAINED, REJECTED, REDIRECTED, TERMINATED
}
