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
import java.util.List;
import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.AppealView;
import kz.appeals.appeal.Channel;
import kz.appeals.appeal.RepeatLinks;
import kz.appeals.campaign.Campaigns;
import kz.appeals.common.Errors;
import kz.appeals.common.ProblemException;
import kz.appeals.common.RegionTime;
import kz.appeals.common.ValidationException;
import kz.appeals.deadline.WorkingCalendar;
import kz.appeals.reception.ReceptionRules;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;
import kz.appeals.security.Scope;
import org.jboss.logging.Logger;

/** Registers appeals from the four channels, each allowed to its role, idempotently. */
@ApplicationScoped
public class IntakeService {
    private static final Logger LOG = Logger.getLogger(IntakeService.class);

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

    @Inject
    AccessCodes accessCodes;

    @Inject
    RepeatLinks repeats;

    @Inject
    Campaigns campaigns;

    /**
     * Who files an appeal. {@code idempotencyOwner} is the name the caller's Idempotency-Keys are
     * kept under; {@code mayBackdate} whether it may give receivedAt; {@code open311Client} the
     * Open311 client's name for appeals filed through the gateway (else null).
     */
    private record Filer(String idempotencyOwner, String actor, boolean mayBackdate, String open311Client) {
    }

    /** What the filer's own checks decided: the role recorded, and the campaign of the reception it was taken at. */
    private record Filing(String role, String receptionCampaign) {
    }

    @Transactional
    public Result register(NewAppeal request, String idempotencyKey) {
        requireChannelFitsRole(request.channel());
        boolean portal = caller.has(Roles.PORTAL) && !caller.has(Roles.ADMIN);
        if (portal && (idempotencyKey == null || idempotencyKey.isBlank())) {
            throw new ValidationException("Idempotency-Key", "the portal must send an Idempotency-Key header");
        }
        boolean mayBackdate = !portal && !(caller.has(Roles.OPERATOR) && !caller.has(Roles.ADMIN));
        Filer filer = new Filer(caller.name(), caller.name(), mayBackdate, null);
        return file(filer, request, idempotencyKey, (checked, receivedAt) -> {
            // The role that registers this channel in this district is the one recorded (403 when none reaches it).
            Scope scope = caller.scope(registrars(checked.channel())).required();
            String role = scope.grantForDistrict(checked.districtCode()).orElseThrow(() -> ProblemException.forbidden(
                    "You register appeals of your own districts only (" + scope.describe() + ")")).role();
            String receptionCampaign = checked.channel() == Channel.RECEPTION
                    ? receptions.requireOpenFor(checked.receptionId(), checked.districtCode(), receivedAt, caller)
                    : null;
            return new Filing(role, receptionCampaign);
        });
    }

    /**
     * Registers a PORTAL appeal that an Open311 client files (open311 package): the same checks,
     * idempotency (keys kept per client), repeat detection and term as the portal's, recorded with
     * the role portal and the client's name. The gateway has checked the client's key.
     *
     * @param clientRef what the client's Idempotency-Keys are kept under (stable per client)
     */
    @Transactional
    public Result registerForOpen311Client(NewAppeal request, String idempotencyKey, String clientRef, String clientName) {
        if (request.channel() != Channel.PORTAL || request.receivedAt() != null || request.receptionId() != null) {
            throw new IllegalArgumentException("Open311 requests are PORTAL appeals received now");
        }
        String actor = ("open311:" + clientName);
        Filer filer = new Filer("open311#" + clientRef, actor.length() > 100 ? actor.substring(0, 100) : actor, false,
                clientName);
        return file(filer, request, idempotencyKey, (checked, receivedAt) -> new Filing(Roles.PORTAL, null));
    }

    private Result file(Filer filer, NewAppeal request, String idempotencyKey,
                        java.util.function.BiFunction<NewAppeal, Instant, Filing> roleFor) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new ValidationException("Idempotency-Key", "must be 1 to 200 characters");
        }
        String requestHash = idempotencyKey == null ? null : hash(request);
        if (idempotencyKey != null) {
            // Concurrent requests with one key queue here; the first one's record decides the rest.
            em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked")
                    .setParameter(1, filer.idempotencyOwner() + "\n" + idempotencyKey).getSingleResult();
            IdempotencyRecord earlier = IdempotencyRecord.findById(
                    new IdempotencyRecord.Key(filer.idempotencyOwner(), idempotencyKey));
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
            if (!filer.mayBackdate()) {
                errors.add("receivedAt", "only office staff may give the time an appeal was received");
            } else {
                receivedAt = request.receivedAt().toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                checks.receivedAt(receivedAt, now, errors);
            }
        }
        NewAppeal.Applicant applicant = checks.applicant(request, errors);
        NewAppeal checked = request.withLocation(checks.location(request.location(), "location", errors));
        checks.catalogues(request, errors);
        if (request.channel() != null) {
            request.channel().checkReception(request.receptionId() != null, "receptionId", errors);
        }
        errors.throwIfAny();
        Filing filing = roleFor.apply(checked, receivedAt);
        String campaign = campaign(checked, filing.receptionCampaign(), receivedAt);

        Registrar.Registered registered = registrar.register(checked.inCampaign(campaign), applicant, receivedAt,
                filer.actor(), filing.role(), null, filer.open311Client());
        Appeal appeal = registered.appeal();
        String accessCode = registered.accessCode();
        LocalDate today = kz.appeals.common.RegionTime.localDate(now);
        int left = calendar.between(today, appeal.dueOn).between(today, appeal.dueOn);
        // What is kept for replays holds neither the code nor the repeat link (both are added per answer), nor the
        // actions: the intake answer is the receipt of what was registered, and GET /appeals/{id} says what to do next.
        String stored = idempotencyKey == null ? null : write(AppealView.of(appeal, left, null, null, null));
        if (idempotencyKey != null) {
            IdempotencyRecord record = new IdempotencyRecord();
            record.caller = filer.idempotencyOwner();
            record.idemKey = idempotencyKey;
            record.requestHash = requestHash;
            record.appealId = appeal.id;
            record.responseStatus = 201;
            record.responseBody = stored;
            record.createdAt = now;
            record.persist();
        }
        Registrar.Earlier earlier = registered.earlier();
        Long repeatOf = earlier == null ? null : repeats.shown(earlier.id(), earlier.districtCode(), earlier.agencyCode());
        // the same answer a replay gives (the stored body with the link and the code), written at once
        return new Result(appeal.id, write(AppealView.of(appeal, left, repeatOf, null, accessCode)), false);
    }

    /**
     * The campaign the appeal belongs to: its reception's, which it may name but not contradict (422),
     * else the one it names, checked by {@link Campaigns#forAppeal}.
     */
    private String campaign(NewAppeal request, String ofReception, Instant receivedAt) {
        if (ofReception != null) {
            if (request.campaignCode() != null && !request.campaignCode().equals(ofReception)) {
                throw ProblemException.unprocessable("Reception " + request.receptionId() + " belongs to campaign "
                        + ofReception + ", and so do the appeals taken at it; leave campaignCode out or give " + ofReception);
            }
            return ofReception;
        }
        return request.campaignCode() == null ? null
                : campaigns.forAppeal(request.campaignCode(), request.districtCode(), RegionTime.localDate(receivedAt));
    }

    /**
     * Replays the first answer: the stored body, the access code derived again (so the
     * first code keeps working and the answer is the same), and the repeat link if this
     * caller may still see it.
     */
    private String replay(IdempotencyRecord earlier) {
        Appeal appeal = Appeal.findById(earlier.appealId);
        String code = null;
        if (appeal.accessCodeHash != null) {
            code = accessCodes.rederive(appeal).orElse(null);
            if (code == null) {
                LOG.warnf("Replay of appeal %d answered without its access code: the code cannot be derived again"
                        + " (its secret is not among appeals.access-code.retired-secrets, or it predates derived codes)",
                        appeal.id);
            }
        }
        return answer(earlier.responseBody, repeats.shown(appeal), code);
    }

    private void requireChannelFitsRole(Channel channel) {
        if (registrars(channel).stream().noneMatch(caller::has)) {
            throw ProblemException.forbidden("Your role does not register appeals of channel " + channel);
        }
    }

    /** The roles that register appeals of a channel, the channel's own role first; admin registers any. */
    private static List<String> registrars(Channel channel) {
        return switch (channel) {
            case PORTAL -> List.of(Roles.PORTAL, Roles.ADMIN);
            case CALL_CENTER -> List.of(Roles.OPERATOR, Roles.ADMIN);
            case RECEPTION, WRITTEN -> List.of(Roles.OFFICE_STAFF, Roles.ADMIN);
        };
    }

    private String hash(NewAppeal request) {
        try {
            // a writer, not a copy of the mapper: a copy starts with empty serializer caches on every request
            byte[] canonical = mapper.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsBytes(request);
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

    /** The answer for this caller: the stored body with the repeat link it may see and the access code. */
    private String answer(String body, Long repeatOf, String code) {
        try {
            ObjectNode node = (ObjectNode) mapper.readTree(body.getBytes(StandardCharsets.UTF_8));
            // Bodies stored by earlier versions may carry a link this caller must not see.
            node.remove("repeatOf");
            if (repeatOf != null) {
                node.put("repeatOf", repeatOf);
            }
            if (code != null) {
                node.put("accessCode", code);
            }
            return mapper.writeValueAsString(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
