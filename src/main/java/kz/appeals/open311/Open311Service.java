package kz.appeals.open311;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.appeals.appeal.Appeal;
import kz.appeals.catalogue.CatalogueDtos.DistrictView;
import kz.appeals.catalogue.CatalogueDtos.TopicView;
import kz.appeals.catalogue.CatalogueService;
import kz.appeals.intake.IntakeService;
import kz.appeals.intake.NewAppeal;

/**
 * GeoReport v2's catalogue side and its POST: discovery, the services (every active topic), a
 * service's definition, and filing a request as a PORTAL appeal through intake. The reading side
 * (requests, updates) is {@link Open311Queries}.
 */
@ApplicationScoped
public class Open311Service {
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** When this endpoint's interface last changed (discovery's changeset). */
    static final String CHANGESET = "2026-12-02T00:00:00+05:00";

    @Inject
    Open311Config config;

    @Inject
    CatalogueService catalogue;

    @Inject
    Open311Clients clients;

    @Inject
    IntakeService intake;

    @Inject
    jakarta.validation.Validator validator;

    /** 404 when the request names a jurisdiction other than the one this endpoint serves; none given is fine. */
    public void requireJurisdiction(String jurisdictionId) {
        if (jurisdictionId != null && !jurisdictionId.isBlank() && !jurisdictionId.strip().equals(config.jurisdictionId())) {
            throw Open311Exception.notFound("jurisdiction_id " + jurisdictionId.strip() + " was not found; this endpoint "
                    + "serves " + config.jurisdictionId());
        }
    }

    public Map<String, Object> discovery(String requestUrl) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", config.publicUrl().orElse(requestUrl));
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of(Spark.Format.XML.mediaType.split(";")[0], Spark.Format.JSON.mediaType.split(";")[0]));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", CHANGESET);
        discovery.put("contact", config.contact());
        discovery.put("key_service", config.keyService());
        discovery.put("endpoints", List.of(endpoint));
        return discovery;
    }

    /** Every active topic as a realtime service with metadata (its definition asks for the district). */
    public List<Map<String, Object>> services() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TopicView t : catalogue.topics()) {
            if (!t.active()) {
                continue;
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("service_code", t.code());
            s.put("service_name", t.name());
            s.put("description", t.groupName() + ": " + t.name());
            s.put("metadata", true);
            s.put("type", "realtime");
            s.put("keywords", keywords(t));
            s.put("group", t.groupName());
            out.add(s);
        }
        return out;
    }

    public Map<String, Object> definition(String serviceCode) {
        TopicView topic = activeTopic(serviceCode);
        List<Map<String, Object>> districts = new ArrayList<>();
        for (DistrictView d : catalogue.districts()) {
            if (d.active()) {
                districts.add(value(d.code(), d.name()));
            }
        }
        List<Map<String, Object>> types = new ArrayList<>();
        for (Open311Form.TypeChoice type : Open311Form.TypeChoice.values()) {
            types.add(value(type.name(), type.label));
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", topic.code());
        definition.put("attributes", List.of(
                attribute(Open311Form.DISTRICT, true, 1, "The district of the region where the problem is",
                        "One of the region's districts", districts),
                attribute(Open311Form.APPEAL_TYPE, false, 2, "What kind of appeal this is (default "
                        + Open311Form.DEFAULT_TYPE + "); an anonymous request (no first_name or last_name) is "
                        + "considered only as a report (REPORT)", "One of the appeal types of the law", types)));
        return definition;
    }

    /**
     * Files a request: the client's key (403) and rate limit (429), the service (404), the form
     * (400), then intake's own rules. Registered at once, so the answer carries the
     * service_request_id (the registration number), never a token.
     */
    public List<Map<String, Object>> file(Open311Form form, String idempotencyKey) {
        requireJurisdiction(form.jurisdictionId());
        Open311Clients.Client client = clients.authenticate(form.apiKey());
        clients.count(client);
        TopicView topic = activeTopic(form.serviceCode());
        NewAppeal appeal = form.toAppeal(topic.code());
        // What bean validation checks on POST /appeals (sizes above all), told in the form's names.
        String invalid = validator.validate(appeal).stream()
                .map(v -> Open311Form.parameterOf(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted().collect(java.util.stream.Collectors.joining("; "));
        if (!invalid.isEmpty()) {
            throw Open311Exception.badRequest(invalid);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            IntakeService.Result result;
            try {
                result = intake.registerForOpen311Client(appeal, idempotencyKey, Long.toString(client.id()), client.name());
            } catch (kz.appeals.common.ValidationException e) {
                throw Open311Form.asOpen311(e);
            }
            if (!result.replayed()) {
                Open311Request r = new Open311Request();
                r.appealId = result.appealId();
                r.clientId = client.id();
                r.mediaUrl = form.mediaUrl();
                r.persist();
            }
            Appeal a = Appeal.findById(result.appealId());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("service_request_id", a.registrationNumber);
            answer.put("service_notice", Open311Queries.notice(a));
            answer.put("account_id", form.accountId());
            return List.of(answer);
        });
    }

    private TopicView activeTopic(String code) {
        if (code == null || code.isBlank()) {
            throw Open311Exception.badRequest("service_code was not provided");
        }
        return catalogue.topics().stream().filter(t -> t.active() && t.code().equals(code.strip())).findFirst()
                .orElseThrow(() -> Open311Exception.notFound("service_code " + code.strip() + " was not found"));
    }

    private static String keywords(TopicView t) {
        return String.join(", ", t.groupName().toLowerCase(java.util.Locale.ROOT),
                t.groupCode().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                t.code().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    private static Map<String, Object> value(String key, String name) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("key", key);
        v.put("name", name);
        return v;
    }

    private static Map<String, Object> attribute(String code, boolean required, int order, String description,
                                                 String datatypeDescription, List<Map<String, Object>> values) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("variable", true);
        a.put("code", code);
        a.put("datatype", "singlevaluelist");
        a.put("required", required);
        a.put("datatype_description", datatypeDescription);
        a.put("order", order);
        a.put("description", description);
        a.put("values", values);
        return a;
    }
}
