package kz.appeals.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.AppealLifecycle;
import kz.appeals.appeal.AppealStatus;
import kz.appeals.appeal.Channel;
import kz.appeals.appeal.Timeline;
import kz.appeals.campaign.CampaignSpan;
import kz.appeals.catalogue.Agency;
import kz.appeals.catalogue.CatalogueService;
import kz.appeals.catalogue.District;
import kz.appeals.catalogue.Official;
import kz.appeals.catalogue.Topic;
import kz.appeals.common.Errors;
import kz.appeals.common.Problem;
import kz.appeals.common.RegionTime;
import kz.appeals.deadline.WorkingDays;
import kz.appeals.document.AttachmentService;
import kz.appeals.imports.ImportService.NumberedLine;
import kz.appeals.imports.ImportService.Tally;
import kz.appeals.intake.AppealChecks;
import kz.appeals.intake.NewAppeal;
import kz.appeals.intake.Registrar;
import kz.appeals.intake.RegistrationNumbers;
import kz.appeals.reception.Reception;
import kz.appeals.reception.ReceptionStatus;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/** Stores checked import lines, one transaction per batch. */
@ApplicationScoped
public class ImportBatchWriter {
    private static final Logger LOG = Logger.getLogger(ImportBatchWriter.class);
    private static final int RECEPTION_CACHE = 10_000;

    @Inject
    AppealChecks checks;

    @Inject
    Registrar registrar;

    @Inject
    Timeline timeline;

    @Inject
    RegistrationNumbers numbers;

    @Inject
    AttachmentService attachments;

    @Inject
    ImportCampaigns campaigns;

    @Inject
    CatalogueService catalogue;

    /** A reception of the register or of this import: its id and the campaign its appeals belong to. */
    record HeldReception(Long id, String campaignCode) {
    }

    /** What one import reads once: catalogue codes, the calendar, and recently used receptions. */
    static final class Context {
        final String actor;
        final String role;
        final WorkingDays days;
        final Set<String> topics = new HashSet<>();
        final Set<String> districts = new HashSet<>();
        /** Agency code to its district (null: region-level). */
        final Map<String, String> agencies = new HashMap<>();
        final Map<String, Long> officials = new HashMap<>();
        final Map<String, HeldReception> receptions = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, HeldReception> eldest) {
                return size() > RECEPTION_CACHE;
            }
        };
        Map<String, CampaignSpan> campaigns = Map.of();
        Map<String, List<String>> campaignsByName = Map.of();
        /** Where the lines' documents are: inline only, unless the import is a batch (a ZIP). */
        ImportFiles files = ImportFiles.INLINE;

        Context(String actor, String role, WorkingDays days) {
            this.actor = actor;
            this.role = role;
            this.days = days;
        }
    }

    Context context(String actor, String role, WorkingDays days) {
        Context c = new Context("import:" + actor, role, days);
        Topic.<Topic>listAll().forEach(t -> c.topics.add(t.code));
        District.<District>listAll().forEach(d -> c.districts.add(d.code));
        Agency.<Agency>listAll().forEach(a -> c.agencies.put(a.code, a.districtCode));
        Official.<Official>listAll().forEach(o -> c.officials.put(o.officialType + "\u0000" + o.fullName, o.id));
        c.campaigns = campaigns.spans();
        c.campaignsByName = campaigns.codesByName();
        return c;
    }

    void store(List<NumberedLine> batch, Context context, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            apply(QuarkusTransaction.requiringNew().call(() -> storeAll(batch, context)), context, tally);
        } catch (RuntimeException e) {
            // The database refused something in the batch: store line by line to keep the good ones.
            LOG.warnf("Import batch of %d lines failed as a whole (%s); storing them one by one",
                    batch.size(), e.getClass().getSimpleName());
            context.officials.clear();
            QuarkusTransaction.requiringNew().run(() ->
                    Official.<Official>listAll().forEach(o -> context.officials.put(o.officialType + "\u0000" + o.fullName, o.id)));
            for (NumberedLine line : batch) {
                try {
                    apply(QuarkusTransaction.requiringNew().call(() -> storeAll(List.of(line), context)), context, tally);
                } catch (RuntimeException single) {
                    tally.reject(line.number(), List.of(new Problem.FieldError("line",
                            "could not be stored: it conflicts with data on the register")));
                }
            }
        }
    }

    private static void apply(BatchResult result, Context context, Tally tally) {
        tally.imported += result.imported;
        tally.skipped += result.skipped;
        result.rejected.forEach(tally::reject);
        context.receptions.putAll(result.newReceptions);
        context.officials.putAll(result.newOfficials);
    }

    /** Outcome of one transaction; caches are updated only once it committed. */
    static final class BatchResult {
        long imported;
        long skipped;
        final Map<Long, List<Problem.FieldError>> rejected = new LinkedHashMap<>();
        final Map<String, HeldReception> newReceptions = new HashMap<>();
        final Map<String, Long> newOfficials = new HashMap<>();
    }

    /**
     * One transaction: reads what the batch needs in a few queries (known refs, earlier
     * appeals of its applicants, its receptions), reserves its registration numbers per
     * (year, district) at once, and lets Hibernate write the rows in JDBC batches.
     */
    BatchResult storeAll(List<NumberedLine> lines, Context context) {
        BatchResult result = new BatchResult();
        // the whole batch's rows of one table go to PostgreSQL in one multi-row statement
        Appeal.getEntityManager().unwrap(Session.class).setJdbcBatchSize(lines.size() * 4);
        Set<String> known = new HashSet<>(Appeal.getEntityManager()
                .createQuery("select a.externalRef from Appeal a where a.externalRef in :refs", String.class)
                .setParameter("refs", lines.stream().map(l -> l.line().externalRef()).toList()).getResultList());
        Instant now = Instant.now();
        List<Appeal> appeals = new ArrayList<>(lines.size());
        List<ImportLine> accepted = new ArrayList<>(lines.size());
        Map<String, HeldReception> receptions = existingReceptions(lines, context);
        // the campaign of each reception this batch creates, decided by the first accepted line naming it
        Map<String, String> newReceptionCampaigns = new HashMap<>();
        for (NumberedLine numbered : lines) {
            ImportLine line = numbered.line();
            if (!known.add(line.externalRef())) {
                result.skipped++;
                continue;
            }
            Errors errors = new Errors();
            NewAppeal.Applicant applicant = check(line, context, now, errors);
            String campaign = campaigns.of(line, receptions, newReceptionCampaigns, context, errors);
            if (!errors.isEmpty()) {
                result.rejected.put(numbered.number(), errors.list());
                continue;
            }
            // The location as intake normalises it (checked in check(), so no error is left here).
            NewAppeal request = line.asNewAppeal().inCampaign(campaign)
                    .withLocation(checks.location(line.location(), "location", new Errors()));
            appeals.add(registrar.build(request, applicant, line.receivedAt().toInstant(),
                    context.actor, line.externalRef(), context.days));
            accepted.add(line);
        }
        if (appeals.isEmpty()) {
            return result;
        }
        assignNumbers(appeals);
        RepeatFinder repeats = new RepeatFinder(appeals);
        // The rows are handed to Hibernate a table at a time: the receptions (and their officials), the
        // appeals, their timelines, their documents. It sends consecutive inserts into one table as one
        // JDBC batch, so a reception or a timeline entry between two appeals cut the appeals' batch in two
        // (measured: a batch of one or two rows per statement, and the flush a third of the import's CPU).
        Long[] receptionIds = new Long[appeals.size()];
        for (int i = 0; i < appeals.size(); i++) {
            ImportLine line = accepted.get(i);
            if (line.reception() != null) {
                receptionIds[i] = reception(line, receptions, newReceptionCampaigns, context, result);
            }
        }
        List<List<AppealLifecycle.Step>> endings = new ArrayList<>(appeals.size());
        for (int i = 0; i < appeals.size(); i++) {
            Appeal appeal = appeals.get(i);
            ImportLine.Resolution resolution = accepted.get(i).resolution();
            appeal.linkRepeatOf(repeats.earlierOf(appeal));
            if (receptionIds[i] != null) {
                appeal.takenAtReception(receptionIds[i]);
            }
            endings.add(resolution == null ? List.of()
                    : appeal.endAsRecorded(resolution.agencyCode(), resolution.outcome(), resolution.answer(),
                            resolution.resolvedAt().toInstant(), context.days));
            // written once in its final state: an insert then an update would make the statistics
            // triggers record the appeal three times (in, out, in again)
            appeal.persist();
            repeats.add(appeal);
        }
        for (int i = 0; i < appeals.size(); i++) {
            Appeal appeal = appeals.get(i);
            ImportLine.Resolution resolution = accepted.get(i).resolution();
            registrar.recordRegistration(appeal, context.actor, context.role);
            if (resolution != null) {
                recordEnding(appeal, resolution, endings.get(i), context);
            }
        }
        for (int i = 0; i < appeals.size(); i++) {
            ImportLine line = accepted.get(i);
            for (ImportLine.AttachmentRef ref : line.attachmentsOrNone()) {
                attach(appeals.get(i), ref, context, line.receivedAt().toInstant());
            }
        }
        result.imported += appeals.size();
        return result;
    }

    private void attach(Appeal appeal, ImportLine.AttachmentRef ref, Context context, Instant at) {
        try {
            ImportFiles.Content content = context.files.read(ref, attachments.maxFileSize());
            attachments.attachImported(appeal, ref.kind(), Boolean.TRUE.equals(ref.isPublic()), ref.fileName(),
                    content.bytes(), context.actor, context.role, at);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Documents given inline (base64) or by their path in the batch, accepted by the attachments'
     * limits and types, public only for an ANSWER.
     */
    private void checkAttachments(ImportLine line, Context context, Errors errors) {
        List<ImportLine.AttachmentRef> refs = line.attachmentsOrNone();
        if (refs.size() > attachments.maxPerAppeal()) {
            errors.add("attachments", "at most " + attachments.maxPerAppeal() + " documents an appeal");
            return;
        }
        for (int i = 0; i < refs.size(); i++) {
            ImportLine.AttachmentRef ref = refs.get(i);
            String field = "attachments[" + i + "]";
            if (Boolean.TRUE.equals(ref.isPublic()) && !ref.kind().mayBePublic()) {
                errors.add(field + ".public", "only an ANSWER may be public");
            }
            try {
                ImportFiles.Content content = context.files.read(ref, attachments.maxFileSize());
                if (content.error() != null) {
                    errors.add(field + content.field(), content.error());
                    continue;
                }
                String refusal = attachments.refusal(content.bytes());
                if (refusal != null) {
                    errors.add(field + content.field(), refusal);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** One draw of serials per (year, district) of the batch, numbers handed out in line order. */
    private void assignNumbers(List<Appeal> appeals) {
        Map<String, List<Appeal>> groups = new LinkedHashMap<>();
        for (Appeal a : appeals) {
            groups.computeIfAbsent(a.registeredOn.getYear() + "\u0000" + a.districtCode, k -> new ArrayList<>()).add(a);
        }
        for (List<Appeal> group : groups.values()) {
            int year = group.get(0).registeredOn.getYear();
            String district = group.get(0).districtCode;
            Iterator<Long> serials = numbers.reserve(year, district, group.size()).iterator();
            for (Appeal a : group) {
                a.number(RegistrationNumbers.format(year, district, serials.next()));
            }
        }
    }

    /** Receptions named by the batch that are on the register already, found in one query. */
    private static Map<String, HeldReception> existingReceptions(List<NumberedLine> lines, Context context) {
        Set<String> refs = new HashSet<>();
        for (NumberedLine numbered : lines) {
            ImportLine line = numbered.line();
            if (line.reception() != null && !context.receptions.containsKey(line.reception().externalRef())) {
                refs.add(line.reception().externalRef());
            }
        }
        Map<String, HeldReception> found = new HashMap<>();
        if (!refs.isEmpty()) {
            Reception.<Reception>list("externalRef in ?1", refs)
                    .forEach(r -> found.put(r.externalRef, new HeldReception(r.id, r.campaignCode)));
        }
        return found;
    }

    private NewAppeal.Applicant check(ImportLine line, Context context, Instant now, Errors errors) {
        NewAppeal.Applicant applicant = checks.applicant(line.asNewAppeal(), errors);
        checks.location(line.location(), "location", errors);
        if (!context.topics.contains(line.topicCode())) {
            errors.add("topicCode", "no such topic");
        }
        if (!context.districts.contains(line.districtCode())) {
            errors.add("districtCode", "no such district");
        }
        Instant received = line.receivedAt().toInstant();
        checkDate("receivedAt", received, now, errors);
        line.channel().checkReception(line.reception() != null, "reception", errors);
        checkAttachments(line, context, errors);
        if (line.reception() != null) {
            checkDate("reception.heldAt", line.reception().heldAt().toInstant(), now, errors);
        }
        ImportLine.Resolution resolution = line.resolution();
        if (resolution != null) {
            checkAgency(resolution.agencyCode(), line.districtCode(), context, errors);
            Instant resolved = resolution.resolvedAt().toInstant();
            if (resolved.isBefore(received)) {
                errors.add("resolution.resolvedAt", "is before receivedAt");
            } else if (resolved.isAfter(now)) {
                errors.add("resolution.resolvedAt", "is in the future");
            }
        }
        return applicant;
    }

    /**
     * Not in the future, and on a local date the statistics report (an appeal registered earlier would
     * be on the register and in no figure).
     */
    private static void checkDate(String field, Instant at, Instant now, Errors errors) {
        if (at.isAfter(now)) {
            errors.add(field, "is in the future");
        } else if (RegionTime.localDate(at).isBefore(RegionTime.EARLIEST_DATE)) {
            errors.add(field, "is before " + RegionTime.EARLIEST_DATE + " (local date), the earliest date the statistics report");
        }
    }

    /**
     * The answering agency exists and acts in the appeal's district, by the assignment's rule: the
     * appeal would otherwise be readable by another district's executors.
     */
    private void checkAgency(String agency, String district, Context context, Errors errors) {
        if (!context.agencies.containsKey(agency)) {
            errors.add("resolution.agencyCode", "no such agency");
            return;
        }
        if (!context.districts.contains(district)) {
            return; // reported on districtCode
        }
        String refusal = catalogue.servesRefusal("Agency " + agency, context.agencies.get(agency), district);
        if (refusal != null) {
            errors.add("resolution.agencyCode", refusal + "; name an agency of district " + district
                    + " or a region-level one, as an assignment would");
        }
    }

    /** The reception of the line's externalRef: created by the first line that names it, reused after. */
    private Long reception(ImportLine line, Map<String, HeldReception> existing, Map<String, String> planned,
                           Context context, BatchResult result) {
        ImportLine.ReceptionRef ref = line.reception();
        HeldReception held = result.newReceptions.get(ref.externalRef());
        if (held == null) {
            held = context.receptions.get(ref.externalRef());
        }
        if (held == null) {
            held = existing.get(ref.externalRef());
        }
        if (held == null) {
            Reception r = createReception(line, planned.get(ref.externalRef()), context, result);
            held = new HeldReception(r.id, r.campaignCode);
        }
        result.newReceptions.put(ref.externalRef(), held);
        return held.id();
    }

    private Reception createReception(ImportLine line, String campaignCode, Context context, BatchResult result) {
        ImportLine.ReceptionRef ref = line.reception();
        Reception r = new Reception();
        r.officialId = official(ref, line.districtCode(), context, result);
        r.districtCode = line.districtCode();
        r.format = ref.format();
        r.campaignCode = campaignCode;
        // The register's own words are kept; a THEMATIC reception without a campaign gets a placeholder name.
        r.campaign = ref.campaign() != null && !ref.campaign().isBlank() ? ref.campaign().strip()
                : ref.format() == kz.appeals.reception.ReceptionFormat.THEMATIC && campaignCode == null
                        ? "Imported campaign" : null;
        r.scheduledAt = ref.heldAt().toInstant();
        r.scheduledUntil = r.scheduledAt.plusSeconds(3 * 3600);
        r.status = ReceptionStatus.HELD;
        r.heldOn = RegionTime.localDate(r.scheduledAt);
        r.citizensReceived = ref.citizensReceived();
        r.externalRef = ref.externalRef();
        r.createdBy = context.actor;
        r.createdAt = Instant.now();
        r.persist();
        return r;
    }

    /** Officials of historical receptions are matched by kind and name, and added when unknown. */
    private static Long official(ImportLine.ReceptionRef ref, String districtCode, Context context, BatchResult result) {
        String key = ref.officialType() + "\u0000" + ref.officialName().strip();
        Long id = result.newOfficials.getOrDefault(key, context.officials.get(key));
        if (id == null) {
            Official o = new Official();
            o.fullName = ref.officialName().strip();
            o.position = "Imported with the historical register";
            o.officialType = ref.officialType();
            o.districtCode = districtCode;
            o.active = false;
            o.persist();
            id = o.id;
            result.newOfficials.put(key, id);
        }
        return id;
    }

    /**
     * The timeline of a historical ending: one public entry per step the register tells, at the day
     * of the answer, named by the status it leads to (RESOLVED, CLOSED, REDIRECTED, WITHDRAWN) as the
     * actions name theirs. The assignment has none (the register names the agency, not when it was
     * assigned), so the first entry leads from REGISTERED.
     */
    private void recordEnding(Appeal appeal, ImportLine.Resolution resolution, List<AppealLifecycle.Step> steps,
                              Context context) {
        Instant at = resolution.resolvedAt().toInstant();
        AppealStatus before = steps.get(0).before();
        for (AppealLifecycle.Step step : steps) {
            if (step.action() == AppealLifecycle.Action.ASSIGNMENT) {
                continue;
            }
            String note = step.action() == AppealLifecycle.Action.CLOSURE
                    ? "Closed with outcome " + resolution.outcome() : resolution.answer();
            timeline.record(appeal, step.after().name(), before, step.after(), true, note, context.actor, context.role, at);
            before = step.after();
        }
    }
}
