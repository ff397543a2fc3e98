package kz.appeals.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.AppealStep;
import kz.appeals.appeal.Language;
import kz.appeals.appeal.Outcome;
import kz.appeals.catalogue.CatalogueCache;
import kz.appeals.catalogue.CatalogueDtos;
import kz.appeals.common.RegionTime;
import kz.appeals.deadline.WorkingCalendar;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox's writer: for each step of an appeal that owes the applicant word (NoticeKind), a
 * notice row in the step's own transaction, rendered from the active template of the applicant's
 * language, due within the kind's working days. Nothing for anonymous applicants, for the import's
 * historical appeals, or when notices are switched off.
 */
@ApplicationScoped
public class NoticeWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    NoticeConfig config;

    @Inject
    WorkingCalendar calendar;

    @Inject
    ActiveTemplates templates;

    @Inject
    CatalogueCache catalogues;

    @ConfigProperty(name = "quarkus.mailer.from", defaultValue = "notices@appeals.invalid")
    String mailFrom;

    void onStep(@Observes AppealStep step) {
        if (!config.enabled() || step.appeal().externalRef != null) {
            return;
        }
        NoticeKind.owedBy(step.kind()).ifPresent(kind -> Recipients.of(step.appeal()).ifPresent(route ->
                write(step.appeal(), kind, route.channel(), route.address(), step.reason(), step.at(), null, null)));
    }

    /** A notice of {@code kind} to {@code address} for the step taken at {@code at}; persisted, not yet flushed. */
    Notice write(Appeal a, NoticeKind kind, NoticeChannel channel, String address, String reason, Instant at,
                 String recordedBy, String note) {
        ActiveTemplates.Active template = templates.of(kind, a.language);
        Notice n = new Notice();
        n.appealId = a.id;
        n.kind = kind;
        n.channel = channel;
        n.recipient = address;
        n.language = a.language;
        n.templateCode = template == null ? null : template.code();
        n.subject = kind.subject(a.language, a.registrationNumber);
        n.body = template == null ? null : TemplateText.render(template.text(), values(a, reason));
        // Due by working days from the step's day (a registration dated the next working day counts
        // from that day), but sent from now on: an appeal received on a Sunday hears of it at once.
        LocalDate day = RegionTime.localDate(at);
        n.dueBy = calendar.from(day).plus(day, kind.workingDays());
        Instant now = Instant.now();
        n.createdAt = now;
        n.nextAttemptAt = now;
        n.giveUpAt = now.plus(config.giveUpAfter());
        n.messageId = "<notice." + HexFormat.of().formatHex(randomBytes()) + "@" + domain() + ">";
        n.recordedBy = recordedBy;
        n.note = note;
        n.persist();
        return n;
    }

    /** The value of every placeholder for this appeal (those a kind does not allow are never asked for). */
    Map<String, String> values(Appeal a, String reason) {
        Map<String, String> v = new HashMap<>();
        v.put("registrationNumber", a.registrationNumber);
        v.put("applicantName", a.applicantName);
        v.put("registeredOn", DATE.format(a.registeredOn));
        v.put("dueOn", DATE.format(a.dueOn));
        // names from the catalogues in memory, as of this transaction's version
        CatalogueCache.Snapshot names = catalogues.current();
        CatalogueDtos.DistrictView district = names.districtsByCode().get(a.districtCode);
        v.put("districtName", district == null ? a.districtCode : district.name());
        v.put("reason", reason);
        v.put("redirectedTo", a.redirectedTo);
        v.put("answer", a.answer);
        v.put("outcome", outcome(a.outcome, a.language));
        if (a.agencyCode != null) {
            CatalogueDtos.AgencyView agency = names.agenciesByCode().get(a.agencyCode);
            v.put("agencyName", agency == null ? a.agencyCode : agency.name());
        }
        CatalogueDtos.TopicView topic = names.topicsByCode().get(a.topicCode);
        v.put("topicName", topic == null ? a.topicCode : topic.name());
        v.put("feedbackUrl", feedbackUrl(a.registrationNumber));
        return v;
    }

    /** The citizen's tracking page with the number filled in: where they read the answer and give feedback. */
    String feedbackUrl(String registrationNumber) {
        String base = config.publicUrl().strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/track/?number=" + URLEncoder.encode(registrationNumber, StandardCharsets.UTF_8);
    }

    /** The outcome in the applicant's words. */
    static String outcome(Outcome outcome, Language language) {
        if (outcome == null) {
            return null;
        }
        boolean kk = language == Language.kk;
        return switch (outcome) {
            case POSITIVE -> kk ? "қанағаттандырылды" : "удовлетворено";
            case EXPLAINED -> kk ? "түсіндірме берілді" : "даны разъяснения";
            case REJECTED -> kk ? "бас тартылды" : "отказано";
            case REDIRECTED -> kk ? "құзыреті бойынша жіберілді" : "направлено по компетенции";
            case TERMINATED -> kk ? "қарау тоқтатылды" : "рассмотрение прекращено";
        };
    }

    private String domain() {
        if (config.messageIdDomain().isPresent()) {
            return config.messageIdDomain().get();
        }
        int at = mailFrom.lastIndexOf('@');
        String d = at < 0 ? "" : mailFrom.substring(at + 1).replace(">", "").strip();
        return d.isEmpty() ? "appeals.invalid" : d;
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return b;
    }
}
