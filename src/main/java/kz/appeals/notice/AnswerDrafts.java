package kz.appeals.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import kz.appeals.appeal.Appeal;
import kz.appeals.common.ProblemException;
import kz.appeals.notice.NoticeDtos.AnswerDraft;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;
import kz.appeals.security.Scope;

/**
 * The start of an answer, rendered from an answer template (kind ANSWER_DRAFT) for one appeal in
 * its applicant's language: for the executors of the appeal's agency and the supervisors of its
 * district (and administrators). Nothing is stored: the executor edits the text and sends it with
 * the resolution.
 */
@ApplicationScoped
public class AnswerDrafts {
    /** Who drafts answers, each in their scope. */
    static final List<String> DRAFTERS = List.of(Roles.EXECUTOR, Roles.SUPERVISOR, Roles.ADMIN);

    @Inject
    Caller caller;

    @Inject
    TemplateService templates;

    @Inject
    NoticeWriter writer;

    /** The draft and the applicant's identifiers (for the personal-data access log). */
    public record Drafted(AnswerDraft draft, String applicantIin, String applicantPhone) {
    }

    @Transactional
    public Drafted draft(long appealId, String templateCode) {
        Scope scope = caller.scope(DRAFTERS).required();
        Appeal appeal = Appeal.findById(appealId);
        if (appeal == null || scope.grantFor(appeal.districtCode, appeal.agencyCode).isEmpty()) {
            throw ProblemException.notFound("Appeal " + appealId);
        }
        if (templateCode == null || templateCode.isBlank()) {
            throw new kz.appeals.common.ValidationException("template", "is required: the code of an answer template");
        }
        NoticeTemplate template = templates.readable(templateCode);
        if (template.kind != NoticeKind.ANSWER_DRAFT) {
            throw ProblemException.unprocessable("Template " + template.code + " is a " + template.kind
                    + " notice, not an answer template (kind " + NoticeKind.ANSWER_DRAFT + ")");
        }
        if (template.language != appeal.language) {
            throw ProblemException.unprocessable("Template " + template.code + " is in '" + template.language
                    + "'; the applicant of appeal " + appeal.registrationNumber + " is answered in '" + appeal.language
                    + "': choose an answer template of that language");
        }
        String text = TemplateText.render(template.text, writer.values(appeal, null));
        return new Drafted(new AnswerDraft(template.code, template.language, text), appeal.applicantIin,
                appeal.applicantPhone);
    }
}
