package kz.appeals.open311;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.appeals.appeal.AppealType;
import kz.appeals.appeal.ApplicantKind;
import kz.appeals.appeal.Channel;
import kz.appeals.appeal.Location;
import kz.appeals.common.Problem;
import kz.appeals.common.ValidationException;
import kz.appeals.intake.NewAppeal;

/**
 * The form of POST requests (application/x-www-form-urlencoded, UTF-8) and what it becomes: a
 * PORTAL appeal on the service's topic. Parameters the specification does not name, and
 * attributes the service does not define, are ignored (clients such as FixMyStreet send extra
 * attributes of their own); those it names are checked here, the appeal itself by intake.
 */
record Open311Form(Map<String, String> params, Map<String, String> attributes) {
    static final String DISTRICT = "district";
    static final String APPEAL_TYPE = "appeal_type";
    static final AppealType DEFAULT_TYPE = AppealType.COMPLAINT;
    /** The specification limits description to 4,000 characters. */
    static final int MAX_DESCRIPTION = 4000;

    /** The appeal types a client may choose (RESPONSE, an opinion on a draft, is not filed this way). */
    enum TypeChoice {
        COMPLAINT("Complaint"),
        STATEMENT("Request to realise a right"),
        PROPOSAL("Proposal"),
        INQUIRY("Request for information"),
        REPORT("Report of a violation");

        final String label;

        TypeChoice(String label) {
            this.label = label;
        }
    }

    /** Reads a form body; a parameter given twice keeps its first value; attribute[code][] keeps its first value too. */
    static Open311Form parse(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        if (body != null && !body.isEmpty()) {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (name.startsWith("attribute[") && name.indexOf(']') > "attribute[".length()) {
                    String code = name.substring("attribute[".length(), name.indexOf(']'));
                    attributes.putIfAbsent(code, value);
                } else {
                    params.putIfAbsent(name, value);
                }
            }
        }
        return new Open311Form(params, attributes);
    }

    private static String decode(String s) {
        String decoded;
        try {
            decoded = URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Open311Exception.badRequest("The form is not well-formed application/x-www-form-urlencoded");
        }
        // The register stores text in PostgreSQL, which cannot hold NUL.
        if (decoded.indexOf('\u0000') >= 0) {
            throw Open311Exception.badRequest("The form holds a NUL character, which the register cannot store");
        }
        return decoded;
    }

    /** A parameter's value, stripped; null when absent or empty (the specification treats both alike). */
    String param(String name) {
        String v = params.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    String apiKey() {
        return param("api_key");
    }

    String jurisdictionId() {
        return param("jurisdiction_id");
    }

    String serviceCode() {
        return param("service_code");
    }

    String accountId() {
        String id = param("account_id");
        return id == null || id.length() > 200 ? null : id;
    }

    String mediaUrl() {
        return param("media_url");
    }

    /** The appeal this request is: the checks of the form first (400 naming every problem), intake's after. */
    NewAppeal toAppeal(String topicCode) {
        List<String> problems = new ArrayList<>();
        String district = attribute(DISTRICT);
        if (district == null) {
            problems.add("attribute[" + DISTRICT + "] is required: the district where the problem is");
        }
        AppealType type = DEFAULT_TYPE;
        String typeValue = attribute(APPEAL_TYPE);
        if (typeValue != null) {
            try {
                type = AppealType.valueOf(TypeChoice.valueOf(typeValue).name());
            } catch (IllegalArgumentException e) {
                problems.add("attribute[" + APPEAL_TYPE + "] must be one of the keys the service definition lists");
            }
        }
        String description = param("description");
        if (description == null) {
            problems.add("description is required");
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.add("description may hold at most 4000 characters");
        }
        Location location = location(problems);
        String mediaUrl = mediaUrl();
        if (mediaUrl != null && !httpUrl(mediaUrl)) {
            problems.add("media_url must be an http or https URL of at most 2000 characters");
        }
        if (!problems.isEmpty()) {
            throw Open311Exception.badRequest(String.join("; ", problems));
        }
        String first = param("first_name");
        String last = param("last_name");
        String fullName = first == null ? last : last == null ? first : first + " " + last;
        ApplicantKind kind = fullName == null ? ApplicantKind.ANONYMOUS : ApplicantKind.INDIVIDUAL;
        NewAppeal.Applicant applicant = new NewAppeal.Applicant(kind, fullName, null, null, param("phone"),
                param("email"), null, null);
        return new NewAppeal(Channel.PORTAL, type, topicCode, district, description, applicant, null, null, null, null, null,
                location);
    }

    private String attribute(String code) {
        String v = attributes.get(code);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** lat and long, address_string, or both; address_id alone cannot be placed (there is no address registry). */
    private Location location(List<String> problems) {
        String lat = param("lat");
        String lon = param("long");
        String address = param("address_string");
        Double latitude = null;
        Double longitude = null;
        if (lat != null || lon != null) {
            if (lat == null || lon == null) {
                problems.add("lat and long are sent together");
            } else {
                try {
                    latitude = Double.valueOf(lat);
                    longitude = Double.valueOf(lon);
                } catch (NumberFormatException e) {
                    problems.add("lat and long must be decimal degrees");
                }
            }
        }
        if (latitude == null && address == null && problems.isEmpty()) {
            problems.add(param("address_id") != null
                    ? "address_id cannot be placed here (this jurisdiction has no address registry): send lat and long, "
                            + "or address_string"
                    : "a location is required: lat and long, or address_string");
        }
        return latitude == null && address == null ? null : new Location(latitude, longitude, address);
    }

    private static boolean httpUrl(String url) {
        if (url.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Intake's answer to an invalid appeal, told in the form's own parameter names. */
    static Open311Exception asOpen311(ValidationException e) {
        List<Problem.FieldError> errors = e.toProblem().errors();
        String text = errors == null ? e.getMessage() : errors.stream()
                .map(f -> parameterOf(f.field()) + ": " + f.message()).collect(Collectors.joining("; "));
        return Open311Exception.badRequest(text);
    }

    static String parameterOf(String field) {
        return switch (field) {
            case "text" -> "description";
            case "topicCode" -> "service_code";
            case "districtCode" -> "attribute[" + DISTRICT + "]";
            case "type", "applicant.kind" -> "attribute[" + APPEAL_TYPE + "]";
            case "applicant.fullName" -> "first_name/last_name";
            case "applicant.phone" -> "phone";
            case "applicant.email" -> "email";
            case "applicant" -> "email/phone";
            case "location", "location.lat", "location.long" -> "lat/long";
            case "location.address" -> "address_string";
            default -> field;
        };
    }
}
