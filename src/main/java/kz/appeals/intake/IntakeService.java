package kz.appeals.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;
import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.AppealView;
import kz.appeals.appeal.Channel;
import kz.appeals.common.Errors;
import kz.appeals.common.ProblemException;
import kz.appeals.common.ValidationException;
import kz.appeals.deadline.WorkingCalendar;
import kz.appeals.reception.ReceptionRules;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;

/** Registers appeals from the four channels, each allowed to its role, idempotently. */
@ApplicationScoped
public class IntakeService {

    /** What the caller gets back: the stored answer of a replay, or the new appeal. */
    public record Result(long appealId, String body, boolean replayed) {
    }

    @Inject
    Caller caller;

    @Inject
    AppealChecks checks;

    @Inject
    Registrar registrar;

    @Inject
    ReceptionRules receptions;

    @Inject
    WorkingCalendar calendar;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Transactional
    public Result register(NewAppeal request, String idempotencyKey) {
        requireChannelFitsRole(request.channel());
        boolean portal = caller.has(Roles.PORTAL) && !caller.has(Roles.ADMIN);
        if (portal && (idempotencyKey == null || idempotencyKey.isBlank())) {
            throw new ValidationException("Idempotency-Key", "the portal must send an Idempotency-Key header");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new ValidationException("Idempotency-Key", "must be 1 to 200 characters");
        }
        String requestHash = idempotencyKey == null ? null : hash(request);
        if (idempotencyKey != null) {
            // Concurrent requests with one key queue here; the first one's record decides the rest.
            em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked")
                    .setParameter(1, caller.name() + "\n" + idempotencyKey).getSingleResult();
            IdempotencyRecord earlier = IdempotencyRecord.findById(new IdempotencyRecord.Key(caller.name(), idempotencyKey));
            if (earlier != null) {
                if (!earlier.requestHash.equals(requestHash)) {
                    throw ProblemException.unprocessable(
                            "This Idempotency-Key was used with a different request body; use a new key for a new appeal");
                }
                return new Result(earlier.appealId, replay(earlier), true);
            }
        }

        // PostgreSQL keeps microseconds: the answer shows the time as it is stored.
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Errors errors = new Errors();
        Instant receivedAt = now;
        if (request.receivedAt() != null) {
            if (portal || caller.has(Roles.OPERATOR) && !caller.has(Roles.ADMIN)) {
                errors.add("receivedAt", "only office staff may give the time an appeal was received");
            } else {
                receivedAt = request.receivedAt().toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                checks.receivedAt(receivedAt, now, errors);
            }
        }
        NewAppeal.Applicant applicant = checks.applicant(request, errors);
        checks.catalogues(request, errors);
        if (request.channel() == Channel.RECEPTION && request.receptionId() == null) {
            errors.add("receptionId", "is required for an appeal taken at a reception");
        }
        if (request.channel() != Channel.RECEPTION && request.receptionId() != null) {
            errors.add("receptionId", "only appeals taken at a reception name one");
        }
        errors.throwIfAny();
        if (!caller.seesDistrict(request.districtCode())) {
            throw ProblemException.forbidden("You register appeals of your own districts only: "
                    + String.join(", ", caller.districts()));
        }
        if (request.channel() == Channel.RECEPTION) {
            receptions.requireOpenFor(request.receptionId(), request.districtCode(), receivedAt, caller);
        }

        Appeal appeal = registrar.register(request, applicant, receivedAt, caller.name(), caller.role(), null);
        String accessCode = null;
        if (appeal.channel == Channel.PORTAL) {
            accessCode = AccessCodes.generate();
            appeal.accessCodeHash = AccessCodes.hash(appeal.registrationNumber, accessCode);
        }
        LocalDate today = kz.appeals.common.RegionTime.localDate(now);
        int left = calendar.between(today, appeal.dueOn).between(today, appeal.dueOn);
        AppealView view = AppealView.of(appeal, left, null);
        String stored = write(view);
        if (idempotencyKey != null) {
            IdempotencyRecord record = new IdempotencyRecord();
            record.caller = caller.name();
            record.idemKey = idempotencyKey;
            record.requestHash = requestHash;
            record.appealId = appeal.id;
            record.responseStatus = 201;
            record.responseBody = stored;
            record.createdAt = now;
            record.persist();
        }
        return new Result(appeal.id, accessCode == null ? stored : withAccessCode(stored, accessCode), false);
    }

    /**
     * Replays the first answer. The access code is never stored in clear, so a replay to
     * the portal carries a new code and the first one stops working: the portal retries
     * only when it did not get the first answer.
     */
    private String replay(IdempotencyRecord earlier) {
        Appeal appeal = Appeal.findById(earlier.appealId);
        if (appeal.channel != Channel.PORTAL) {
            return earlier.responseBody;
        }
        String code = AccessCodes.generate();
        appeal.accessCodeHash = AccessCodes.hash(appeal.registrationNumber, code);
        return withAccessCode(earlier.responseBody, code);
    }

    private void requireChannelFitsRole(Channel channel) {
        if (caller.has(Roles.ADMIN)) {
            return;
        }
        Set<Channel> allowed = java.util.EnumSet.noneOf(Channel.class);
        if (caller.has(Roles.PORTAL)) {
            allowed.add(Channel.PORTAL);
        }
        if (caller.has(Roles.OPERATOR)) {
            allowed.add(Channel.CALL_CENTER);
        }
        if (caller.has(Roles.OFFICE_STAFF)) {
            allowed.add(Channel.RECEPTION);
            allowed.add(Channel.WRITTEN);
        }
        if (!allowed.contains(channel)) {
            throw ProblemException.forbidden("Your role does not register appeals of channel " + channel);
        }
    }

    private String hash(NewAppeal request) {
        try {
            byte[] canonical = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(AppealView view) {
        try {
            return mapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String withAccessCode(String body, String code) {
        try {
            ObjectNode node = (ObjectNode) mapper.readTree(body.getBytes(StandardCharsets.UTF_8));
            node.put("accessCode", code);
            return mapper.writeValueAsString(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
