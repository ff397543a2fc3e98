package kz.appeals.notice;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import kz.appeals.appeal.Language;

/**
 * What an applicant is told, one row per kind: the step of the appeal that owes it (the kind of
 * its timeline entry), within how many working days of that step it is due, the placeholders
 * its templates may use, and the subject line of its e-mail in each language. The last row is
 * not a notice but the start of an answer that executors draft from a template: no step owes
 * it, and it has any number of active templates per language, chosen by code.
 */
public enum NoticeKind {
    //            step          working days  placeholders beyond the common ones        subject ru / kk
    REGISTRATION ("REGISTERED", 1, Set.of("accessCode"),                                 "Обращение зарегистрировано", "Өтініш тіркелді"),
    EXTENSION    ("EXTENDED",   3, Set.of("reason"),                                     "Срок рассмотрения продлён", "Қарау мерзімі ұзартылды"),
    REDIRECTION  ("REDIRECTED", 3, Set.of("reason", "redirectedTo"),                     "Обращение направлено по компетенции", "Өтініш құзыреті бойынша жіберілді"),
    ANSWER       ("CLOSED",     1, Set.of("answer", "outcome", "agencyName", "accessCode", "feedbackUrl"),
                                                                                          "Ответ на обращение", "Өтінішке жауап"),
    REOPENING    ("REOPENED",   3, Set.of("reason"),                                     "Рассмотрение возобновлено", "Қарау қайта басталды"),
    ANSWER_DRAFT (null,         0, Set.of("agencyName", "topicName"),                    null, null);

    /** Placeholders every kind may use. */
    public static final Set<String> COMMON = Set.of("registrationNumber", "applicantName", "registeredOn", "dueOn",
            "districtName");

    private final String step;
    private final int workingDays;
    private final Set<String> own;
    private final String subjectRu;
    private final String subjectKk;

    NoticeKind(String step, int workingDays, Set<String> own, String subjectRu, String subjectKk) {
        this.step = step;
        this.workingDays = workingDays;
        this.own = own;
        this.subjectRu = subjectRu;
        this.subjectKk = subjectKk;
    }

    /** The kind of notice a step of an appeal owes the applicant, if any. */
    public static Optional<NoticeKind> owedBy(String stepKind) {
        return Arrays.stream(values()).filter(k -> k.step != null && k.step.equals(stepKind)).findFirst();
    }

    /** Whether this kind is a notice to the applicant (one active template per language), not an answer draft. */
    public boolean notice() {
        return step != null;
    }

    /** The notice is due within this many working days of the step (the law: 3 for an extension or a redirection). */
    public int workingDays() {
        return workingDays;
    }

    /** Whether a template of this kind may use {@code {name}}. */
    public boolean allows(String name) {
        return COMMON.contains(name) || own.contains(name);
    }

    /** Every placeholder a template of this kind may use, sorted, for error messages. */
    public java.util.List<String> placeholders() {
        return java.util.stream.Stream.concat(COMMON.stream(), own.stream()).sorted().toList();
    }

    public String subject(Language language, String registrationNumber) {
        return (language == Language.kk ? subjectKk : subjectRu) + ": " + registrationNumber;
    }
}
