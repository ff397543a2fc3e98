package kz.appeals.audit;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.Tokens;

/** Calls of the access-log tests: appeals with every personal field, and the admin's query. */
final class AuditApi {
    static final String PATH = "/api/v1/audit/personal-data";

    private AuditApi() {
    }

    /** An applicant whose every value is unique to one test, so that it can be searched for. */
    record Applicant(String name, String iin, String phone, String email, String address) {
        static Applicant fresh() {
            String tag = Long.toString(System.nanoTime(), 36);
            return new Applicant("Zhanar Tleubergenova " + tag, IntakeFixtures.newIin(), IntakeFixtures.newPhone(),
                    "zhanar." + tag + "@example.kz", "Pavlodar, Toraigyrov St " + tag);
        }

        String json() {
            return "{\"kind\":\"INDIVIDUAL\",\"fullName\":\"" + name + "\",\"iin\":\"" + iin + "\",\"phone\":\"" + phone
                    + "\",\"email\":\"" + email + "\",\"postalAddress\":\"" + address + "\"}";
        }
    }

    /** A call-center appeal in Pavlodar, registered by the operator; its id. */
    static long register(Applicant applicant) {
        return ((Number) IntakeFixtures.post(Tokens.of("operator"),
                        IntakeFixtures.body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", applicant.json(), null))
                .then().statusCode(201).extract().path("id")).longValue();
    }

    /** The admin's query; every row of the page, newest first. */
    static List<Map<String, Object>> rows(String query) {
        return page(query).getList("items");
    }

    /** The admin's query for the rows of one phone: a query parameter, so that "+" and blanks are encoded. */
    static List<Map<String, Object>> rowsOfPhone(String phone) {
        return given().auth().oauth2(Tokens.of("admin")).queryParam("phone", phone).get(PATH)
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    static JsonPath page(String query) {
        return given().auth().oauth2(Tokens.of("admin")).get(PATH + "?" + query)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    /** The subject claim of a token, as the access log stores it. */
    static String subjectOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonPath.from(payload).getString("sub");
    }

    /** A signed token of a user no other test uses, so that its rows in the log are its own. */
    static String uniqueToken(String role, String district) {
        String user = role + "-" + UUID.randomUUID();
        var claims = Tokens.claims(user, role).subject("audit-" + UUID.randomUUID());
        if (district != null) {
            claims.claim("district", district);
        }
        return Tokens.sign(claims);
    }
}
