package kz.appeals.document;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.AppealScope;
import kz.appeals.appeal.Channel;
import kz.appeals.appeal.Timeline;
import kz.appeals.common.ProblemException;
import kz.appeals.common.ValidationException;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;
import kz.appeals.security.Scope;
import kz.appeals.security.Scope.Grant;

/**
 * The documents of an appeal. Reading them follows the appeal's reading scope (404 outside it);
 * attaching follows {@link AttachmentKind}'s table: the roles that attach a kind, each within its
 * reach (the portal only to the appeals it registered itself, channel PORTAL). Each upload and
 * removal is an entry of the appeal's timeline. Checks run in this order: the kind (400), a role
 * for it (403), the appeal in reach (404, or 403 when the caller reads it under another role),
 * the other fields (400), the size (413), the type detected from the bytes (415), the number of
 * attachments (422).
 */
@ApplicationScoped
public class AttachmentService {
    /** Longest an upload's transaction may take: a large file is written in it, chunk by chunk. */
    static final int UPLOAD_TIMEOUT_SECONDS = 600;

    @Inject
    Caller caller;

    @Inject
    AppealScope scope;

    @Inject
    Timeline timeline;

    @Inject
    BlobStore store;

    @Inject
    AttachmentConfig config;

    @Inject
    EntityManager em;

    /** A file the client sent, spooled to disk by the HTTP layer, with the name the client gave. */
    public record Upload(Path path, String fileName) {
    }

    /** A document to stream, with the applicant's identifiers for the access log. */
    public record Download(AttachmentView view, long appealId, String applicantIin, String applicantPhone,
                           Content content) {
    }

    /** Opens the bytes; called when the answer is written, after the service's transaction. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    @Transactional
    @TransactionConfiguration(timeout = UPLOAD_TIMEOUT_SECONDS)
    public AttachmentView upload(long appealId, String kindText, String publicText, List<Upload> files) throws IOException {
        AttachmentKind kind = kind(kindText);
        Scope attachers = caller.scope(kind.roles()).required();
        Appeal appeal = Appeal.findById(appealId);
        Optional<Grant> grant = appeal == null ? Optional.empty() : attachers.grants().stream()
                .filter(g -> g.covers(appeal.districtCode, appeal.agencyCode))
                .filter(g -> !Roles.PORTAL.equals(g.role()) || appeal.channel == Channel.PORTAL)
                .findFirst();
        if (appeal == null || grant.isEmpty() && !scope.sees(appeal)) {
            throw ProblemException.notFound("Appeal " + appealId);
        }
        if (grant.isEmpty()) {
            throw ProblemException.forbidden("Attaching a document of kind " + kind + " to appeal "
                    + appeal.registrationNumber + " is outside your reach for it (" + attachers.describe() + ")");
        }
        boolean isPublic = isPublic(publicText, kind);
        Upload file = single(files);
        long size = Files.size(file.path());
        if (size == 0) {
            throw new ValidationException("file", "is empty");
        }
        if (size > config.maxFileSize().asLongValue()) {
            throw new ProblemException(413, "payload-too-large", "Payload too large",
                    "The file is larger than " + config.maxFileSize().asLongValue() + " bytes");
        }
        String type = TypeDetector.detect(file.path());
        if (!config.allowedTypes().contains(type)) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                    "The file's content is " + type + ", whatever its name says; accepted: "
                            + String.join(", ", config.allowedTypes().stream().sorted().toList()));
        }
        requireRoom(appeal);
        BlobStore.Stored stored;
        try (InputStream in = Files.newInputStream(file.path())) {
            stored = store.put(in);
        }
        // The count again, under the appeal's row lock: two uploads at once cannot both take the last place.
        em.createNativeQuery("select id from appeal where id = ?1 for update").setParameter(1, appealId).getSingleResult();
        em.refresh(appeal); // its status as of the lock, for the timeline entry
        requireRoom(appeal);
        Instant now = Instant.now();
        Attachment a = new Attachment();
        a.appealId = appeal.id;
        a.kind = kind;
        a.fileName = FileNames.clean(file.fileName());
        a.contentType = type;
        a.size = stored.size();
        a.sha256 = stored.sha256();
        a.publicFile = isPublic;
        a.storageKey = stored.key();
        a.uploadedAt = now;
        a.uploadedBy = caller.name();
        a.uploadedRole = grant.get().role();
        a.persist();
        timeline.record(appeal, "ATTACHMENT_ADDED", appeal.status, isPublic,
                describe(a) + (isPublic ? " (public: the applicant may download it)" : ""),
                a.uploadedBy, a.uploadedRole, now);
        return AttachmentView.of(a);
    }

    /** Staff read the documents of an appeal they read; removed ones only when asked for. */
    @Transactional
    public List<AttachmentView> list(long appealId, boolean withRemoved) {
        Appeal appeal = scope.visible(appealId);
        String query = withRemoved ? "appealId = ?1 order by id" : "appealId = ?1 and removedAt is null order by id";
        return Attachment.<Attachment>list(query, appeal.id).stream().map(AttachmentView::of).toList();
    }

    /** One document's bytes for staff; a removed one answers 410 (it is kept, not handed out). */
    @Transactional
    public Download download(long appealId, long attachmentId) {
        Appeal appeal = scope.visible(appealId);
        Attachment a = find(appeal.id, attachmentId);
        if (a.removed()) {
            throw new ProblemException(410, "gone", "Gone", "Attachment " + attachmentId + " was removed on "
                    + a.removedAt + " by " + a.removedBy + ": " + a.removalReason);
        }
        String key = a.storageKey;
        return new Download(AttachmentView.of(a), appeal.id, appeal.applicantIin, appeal.applicantPhone,
                () -> store.open(key));
    }

    /** A supervisor removes a document with a reason; it stays stored for the audit. */
    @Transactional
    public AttachmentView remove(long appealId, long attachmentId, String reason) {
        Scope supervisors = caller.scope(List.of(Roles.SUPERVISOR)).required();
        Appeal appeal = scope.visible(appealId);
        Grant grant = supervisors.grantFor(appeal.districtCode, appeal.agencyCode).orElseThrow(() ->
                ProblemException.forbidden("Removing documents of appeal " + appeal.registrationNumber
                        + " is outside your reach (" + supervisors.describe() + ")"));
        Attachment a = find(appeal.id, attachmentId);
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "must not be blank");
        }
        if (reason.length() > 2000) {
            throw new ValidationException("reason", "must be at most 2000 characters");
        }
        if (a.removed()) {
            throw ProblemException.conflict("Attachment " + attachmentId + " was removed already, on " + a.removedAt);
        }
        Instant now = Instant.now();
        a.removedAt = now;
        a.removedBy = caller.name();
        a.removalReason = reason.strip();
        timeline.record(appeal, "ATTACHMENT_REMOVED", appeal.status, false,
                describe(a) + "\nReason: " + a.removalReason, a.removedBy, grant.role(), now);
        return AttachmentView.of(a);
    }

    /** The answer letters the applicant may download from the tracking page (for public tracking). */
    public List<AttachmentView.Public> publicAnswers(long appealId) {
        return Attachment.<Attachment>list("appealId = ?1 and kind = ?2 and publicFile = true and removedAt is null"
                + " order by id", appealId, AttachmentKind.ANSWER).stream().map(AttachmentView.Public::of).toList();
    }

    /** One public answer letter of an appeal whose access code was checked; 404 for anything else. */
    @Transactional
    public Download publicDownload(long appealId, long attachmentId) {
        Attachment a = Attachment.find("id = ?1 and appealId = ?2 and kind = ?3 and publicFile = true and removedAt is null",
                attachmentId, appealId, AttachmentKind.ANSWER).firstResult();
        if (a == null) {
            throw ProblemException.notFound("A public document " + attachmentId + " of this appeal");
        }
        String key = a.storageKey;
        return new Download(AttachmentView.of(a), appealId, null, null, () -> store.open(key));
    }

    /** Most documents an appeal holds. */
    public int maxPerAppeal() {
        return config.maxPerAppeal();
    }

    /** The largest document accepted, in bytes. */
    public long maxFileSize() {
        return config.maxFileSize().asLongValue();
    }

    /**
     * For the historical import: why these bytes, given inline, cannot be attached (too large, of a
     * type not accepted), or null when they can. No scope: the import is the admin's.
     */
    public String refusal(byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            return "is empty";
        }
        if (bytes.length > config.maxFileSize().asLongValue()) {
            return "is larger than " + config.maxFileSize().asLongValue() + " bytes";
        }
        String type = detect(bytes);
        return config.allowedTypes().contains(type) ? null : "is " + type + ", not an accepted type";
    }

    /**
     * Attaches a document of a historical register to an appeal being imported, in the import's
     * transaction, at the time the register gives; {@link #refusal} has accepted the bytes.
     */
    public void attachImported(Appeal appeal, AttachmentKind kind, boolean isPublic, String fileName, byte[] bytes,
                               String actor, String role, Instant at) throws IOException {
        BlobStore.Stored stored = store.put(new java.io.ByteArrayInputStream(bytes));
        Attachment a = new Attachment();
        a.appealId = appeal.id;
        a.kind = kind;
        a.fileName = FileNames.clean(fileName);
        a.contentType = detect(bytes);
        a.size = stored.size();
        a.sha256 = stored.sha256();
        a.publicFile = isPublic && kind.mayBePublic();
        a.storageKey = stored.key();
        a.uploadedAt = at;
        a.uploadedBy = actor;
        a.uploadedRole = role;
        a.persist();
        timeline.record(appeal, "ATTACHMENT_ADDED", appeal.status, a.publicFile, describe(a), actor, role, at);
    }

    private static String detect(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("appeals-import-", ".bin");
        try {
            Files.write(file, bytes);
            return TypeDetector.detect(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Attachment find(long appealId, long attachmentId) {
        Attachment a = Attachment.find("id = ?1 and appealId = ?2", attachmentId, appealId).firstResult();
        if (a == null) {
            throw ProblemException.notFound("Attachment " + attachmentId + " of appeal " + appealId);
        }
        return a;
    }

    private void requireRoom(Appeal appeal) {
        long held = Attachment.count("appealId = ?1 and removedAt is null", appeal.id);
        if (held >= config.maxPerAppeal()) {
            throw ProblemException.unprocessable("Appeal " + appeal.registrationNumber + " holds " + held
                    + " documents, the most an appeal may hold (" + config.maxPerAppeal() + ")");
        }
    }

    private static String describe(Attachment a) {
        return "Document " + a.kind + ": " + a.fileName + " (" + a.contentType + ", " + a.size + " bytes)";
    }

    private static AttachmentKind kind(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("kind", "is required: INCOMING, ANSWER or INTERNAL");
        }
        try {
            return AttachmentKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", "must be INCOMING, ANSWER or INTERNAL");
        }
    }

    private static boolean isPublic(String text, AttachmentKind kind) {
        boolean value;
        if (text == null || text.isBlank()) {
            value = false;
        } else if (text.strip().equalsIgnoreCase("true")) {
            value = true;
        } else if (text.strip().equalsIgnoreCase("false")) {
            value = false;
        } else {
            throw new ValidationException("public", "must be true or false");
        }
        if (value && !kind.mayBePublic()) {
            throw new ValidationException("public", "only an ANSWER may be public; " + kind + " documents stay with staff");
        }
        return value;
    }

    private static Upload single(List<Upload> files) {
        if (files == null || files.isEmpty()) {
            throw new ValidationException("file", "is required: one file in the part named 'file'");
        }
        if (files.size() > 1) {
            throw new ValidationException("file", "one file per request");
        }
        return files.get(0);
    }
}
