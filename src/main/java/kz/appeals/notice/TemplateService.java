package kz.appeals.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import kz.appeals.appeal.Language;
import kz.appeals.common.Errors;
import kz.appeals.common.ProblemException;
import kz.appeals.notice.NoticeDtos.TemplateInput;
import kz.appeals.notice.NoticeDtos.TemplateView;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;

/**
 * Notice and answer templates, kept by administrators. A text is checked on save against its kind's
 * placeholders (400 naming the unknown ones). Each notice kind and language keeps exactly one active
 * template, the one notices are rendered from: activating a template retires the other, and the
 * active one can be neither deactivated nor deleted (409) until another replaces it. Answer drafts
 * (ANSWER_DRAFT) are many per language, chosen by code, and come and go freely. Administrators read
 * every template; other staff only the active ones.
 */
@ApplicationScoped
public class TemplateService {
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    /** The templates the caller reads, of a kind and a language when given. */
    public List<TemplateView> list(NoticeKind kind, Language language) {
        StringBuilder query = new StringBuilder("true");
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.put("kind", kind);
        }
        if (language != null) {
            query.append(" and language = :language");
            parameters.put("language", language);
        }
        if (!caller.has(Roles.ADMIN)) {
            query.append(" and active = true");
        }
        return NoticeTemplate.<NoticeTemplate>list(query + " order by kind, language, code", parameters).stream()
                .map(TemplateView::of).toList();
    }

    public TemplateView get(String code) {
        return TemplateView.of(readable(code));
    }

    /** A template the caller reads: an inactive one exists only for administrators (404 for others). */
    NoticeTemplate readable(String code) {
        NoticeTemplate t = find(code);
        if (!t.active && !caller.has(Roles.ADMIN)) {
            throw ProblemException.notFound("Template " + code);
        }
        return t;
    }

    @Transactional
    public TemplateView create(TemplateInput in) {
        Errors errors = new Errors();
        if (in.code() == null || !CODE.matcher(in.code()).matches()) {
            errors.add("code", "is required: 1 to 64 letters, digits, '.', '_' or '-'");
        }
        TemplateText.check(in.text(), in.kind(), "text", errors);
        errors.throwIfAny();
        if (NoticeTemplate.findById(in.code()) != null) {
            throw ProblemException.conflict("A template with code " + in.code() + " exists; change it with PUT");
        }
        NoticeTemplate t = new NoticeTemplate();
        t.code = in.code();
        apply(t, in, in.active() == null || in.active());
        t.persist();
        em.flush();
        return TemplateView.of(t);
    }

    @Transactional
    public TemplateView update(String code, TemplateInput in) {
        NoticeTemplate t = find(code);
        Errors errors = new Errors();
        if (in.code() != null && !in.code().equals(code)) {
            errors.add("code", "must be the code of the path, " + code + " (a template is not renamed)");
        }
        TemplateText.check(in.text(), in.kind(), "text", errors);
        errors.throwIfAny();
        boolean active = in.active() == null ? t.active : in.active();
        if (t.active && t.kind.notice() && (!active || t.kind != in.kind() || t.language != in.language())) {
            throw ProblemException.conflict("Template " + code + " is the active one for " + t.kind + "/" + t.language
                    + ": activate another template of that kind and language first");
        }
        apply(t, in, active);
        em.flush();
        return TemplateView.of(t);
    }

    @Transactional
    public void delete(String code) {
        NoticeTemplate t = find(code);
        if (t.active && t.kind.notice()) {
            throw ProblemException.conflict("Template " + code + " is the active one for " + t.kind + "/" + t.language
                    + ": activate another template of that kind and language first");
        }
        t.delete();
    }

    private void apply(NoticeTemplate t, TemplateInput in, boolean active) {
        if (active && in.kind().notice()) {
            // The one active template of the kind and language steps down first: a unique index holds one.
            NoticeTemplate.<NoticeTemplate>list("kind = ?1 and language = ?2 and active = true and code <> ?3",
                    in.kind(), in.language(), t.code).forEach(other -> {
                        other.active = false;
                        other.updatedAt = Instant.now();
                        other.updatedBy = caller.name();
                    });
            em.flush();
        }
        t.kind = in.kind();
        t.language = in.language();
        t.text = in.text();
        t.active = active;
        t.updatedAt = Instant.now();
        t.updatedBy = caller.name();
    }

    private static NoticeTemplate find(String code) {
        NoticeTemplate t = code == null || code.length() > 64 ? null : NoticeTemplate.findById(code);
        if (t == null) {
            throw ProblemException.notFound("Template " + code);
        }
        return t;
    }
}
