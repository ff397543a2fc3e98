package kz.appeals.open311;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.Tokens;

/** Calls of the Open311 gateway as a client makes them: form bodies encoded by hand, as curl -d sends them. */
final class Open311Api {
    static final String BASE = "/open311/v2/";

    private Open311Api() {
    }

    /** A new client (unique name) and its key, issued by the admin. */
    static String issueKey(String namePrefix, Integer rateLimit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", namePrefix + " " + System.nanoTime());
        if (rateLimit != null) {
            body.put("rateLimit", rateLimit);
        }
        return given().auth().oauth2(Tokens.of("admin")).contentType("application/json").body(body)
                .post("/api/v1/open311/clients").then().statusCode(201).extract().path("apiKey");
    }

    /** The fields of a valid request by a named citizen in Pavlodar, with a point. */
    static Map<String, String> form(String key) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("api_key", key);
        f.put("service_code", "UTIL_HEATING");
        f.put("attribute[district]", "PVL");
        f.put("lat", "52.2873");
        f.put("long", "76.9674");
        f.put("first_name", "Aigerim");
        f.put("last_name", "Sadykova");
        f.put("phone", IntakeFixtures.newPhone());
        f.put("description", IntakeFixtures.text());
        return f;
    }

    static String encode(Map<String, String> fields) {
        StringJoiner j = new StringJoiner("&");
        fields.forEach((k, v) -> j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString();
    }

    static Response post(String format, Map<String, String> fields) {
        return given().contentType("application/x-www-form-urlencoded; charset=utf-8").body(encode(fields))
                .post(BASE + "requests." + format);
    }

    /** Files a request that must succeed; answers its service_request_id. */
    static String file(Map<String, String> fields) {
        return post("json", fields).then().statusCode(200).extract().path("[0].service_request_id");
    }

    static Response get(String path) {
        return given().get(BASE + path);
    }
}
