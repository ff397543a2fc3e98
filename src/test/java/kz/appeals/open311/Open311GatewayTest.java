package kz.appeals.open311;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.xml.XmlPath;
import java.util.List;
import java.util.Map;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every GeoReport v2 endpoint in XML and JSON, filing through intake, and the errors of each. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class Open311GatewayTest {
    static final String NUMBER = "\\d{4}-PVL-\\d{6}";
    static final String W3C = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+05:00";
    private static String key;

    /** The key of this class's client, issued on first use (the service runs by then). */
    static synchronized String key() {
        if (key == null) {
            key = Open311Api.issueKey("Gateway test client", 1000);
        }
        return key;
    }

    /** The staff view of the appeal a request became, read by the admin. */
    static Map<String, Object> staffView(String number) {
        String admin = Tokens.of("admin");
        int id = given().auth().oauth2(admin).queryParam("q", number).get("/api/v1/appeals")
                .then().statusCode(200).extract().path("items[0].id");
        return given().auth().oauth2(admin).get("/api/v1/appeals/" + id).then().statusCode(200).extract().path("$");
    }

    @Nested
    @DisplayName("discovery, services and service definitions")
    class Catalogue {
        @Test
        @DisplayName("GET discovery.xml and .json name the specification, this endpoint and both formats")
        void discovery() {
            XmlPath xml = Open311Api.get("discovery.xml").then().statusCode(200).contentType("text/xml")
                    .extract().xmlPath();
            assertThat(xml.getString("discovery.endpoints.endpoint.specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
            assertThat(xml.getString("discovery.endpoints.endpoint.url")).endsWith("/open311/v2");
            assertThat(xml.getList("discovery.endpoints.endpoint.formats.format")).containsExactly("text/xml", "application/json");
            JsonPath json = Open311Api.get("discovery.json").then().statusCode(200).contentType("application/json")
                    .extract().jsonPath();
            assertThat(json.getString("endpoints[0].type")).isEqualTo("production");
            assertThat(json.getList("endpoints[0].formats")).containsExactly("text/xml", "application/json");
            assertThat(json.getString("changeset")).matches(W3C);
        }

        @Test
        @DisplayName("GET services.xml and .json list every active topic as a realtime service with metadata")
        void services() {
            XmlPath xml = Open311Api.get("services.xml").then().statusCode(200).contentType("text/xml").extract().xmlPath();
            assertThat(xml.getList("services.service.service_code")).contains("UTIL_HEATING", "HOUSING_QUEUE");
            assertThat(xml.getString("services.service.find { it.service_code == 'UTIL_HEATING' }.type")).isEqualTo("realtime");
            assertThat(xml.getString("services.service.find { it.service_code == 'UTIL_HEATING' }.metadata")).isEqualTo("true");
            List<Map<String, Object>> json = Open311Api.get("services.json").then().statusCode(200)
                    .contentType("application/json").extract().jsonPath().getList("$");
            Map<String, Object> heating = json.stream().filter(s -> s.get("service_code").equals("UTIL_HEATING")).findFirst()
                    .orElseThrow();
            assertThat(heating).containsEntry("metadata", true).containsEntry("type", "realtime")
                    .containsKeys("service_name", "description", "keywords", "group");
            assertThat(json).hasSameSizeAs(xml.getList("services.service"));
        }

        @Test
        @DisplayName("GET services/{code}.xml and .json define the district list and the appeal type")
        void definition() {
            XmlPath xml = Open311Api.get("services/UTIL_HEATING.xml").then().statusCode(200).extract().xmlPath();
            assertThat(xml.getString("service_definition.service_code")).isEqualTo("UTIL_HEATING");
            assertThat(xml.getString("service_definition.attributes.attribute[0].code")).isEqualTo("district");
            assertThat(xml.getString("service_definition.attributes.attribute[0].datatype")).isEqualTo("singlevaluelist");
            assertThat(xml.getString("service_definition.attributes.attribute[0].required")).isEqualTo("true");
            assertThat(xml.getString("service_definition.attributes.attribute[0].order")).isEqualTo("1");
            assertThat(xml.getList("service_definition.attributes.attribute[0].values.value.key")).contains("PVL", "EKB");
            JsonPath json = Open311Api.get("services/UTIL_HEATING.json").then().statusCode(200).extract().jsonPath();
            assertThat(json.getList("attributes.code")).containsExactly("district", "appeal_type");
            assertThat(json.getBoolean("attributes[1].required")).isFalse();
            assertThat(json.getList("attributes[1].values.key")).contains("COMPLAINT", "REPORT");
            assertThat(json.getList("attributes[0].values.name")).contains("Ekibastuz");
        }

        @Test
        @DisplayName("GET services/{unknown}.xml and .json answer 404 errors/error in the format asked for")
        void unknownService() {
            Open311Api.get("services/NO_SUCH_TOPIC.xml").then().statusCode(404).contentType("text/xml")
                    .body("errors.error.code", equalTo("404"))
                    .body("errors.error.description", containsString("NO_SUCH_TOPIC"));
            Open311Api.get("services/NO_SUCH_TOPIC.json").then().statusCode(404).contentType("application/json")
                    .body("[0].code", equalTo(404)).body("[0].description", containsString("not found"));
        }

        @Test
        @DisplayName("jurisdiction_id: the configured one or none is served, another one answers 404")
        void jurisdiction() {
            given().queryParam("jurisdiction_id", "pavlodar.gov.kz").get(Open311Api.BASE + "services.json")
                    .then().statusCode(200);
            given().queryParam("jurisdiction_id", "sfgov.org").get(Open311Api.BASE + "services.xml")
                    .then().statusCode(404).body("errors.error.description", containsString("jurisdiction_id"));
            Map<String, String> form = Open311Api.form(key());
            form.put("jurisdiction_id", "sfgov.org");
            Open311Api.post("json", form).then().statusCode(404).body("[0].code", equalTo(404));
        }

        @Test
        @DisplayName("GET tokens/{token}.xml and .json answer 404: requests are registered at once")
        void tokens() {
            Open311Api.get("tokens/12345.xml").then().statusCode(404).body("errors.error.code", equalTo("404"));
            Open311Api.get("tokens/12345.json").then().statusCode(404).body("[0].description", containsString("token"));
        }
    }

    @Nested
    @DisplayName("POST requests")
    class Filing {
        @Test
        @DisplayName("POST requests.xml with a point, an address and attributes registers a PORTAL appeal of the client")
        void withLocationAndAttributes() {
            Map<String, String> form = Open311Api.form(key());
            form.put("address_string", "Lenin street 12, Pavlodar");
            form.put("attribute[appeal_type]", "PROPOSAL");
            form.put("attribute[fixmystreet_id]", "4711");
            form.put("email", "aigerim.gateway@example.kz");
            form.put("account_id", "acct-77");
            form.put("device_id", "dev-1");
            form.put("media_url", "https://photos.example.kz/p/1.jpg");
            XmlPath xml = Open311Api.post("xml", form).then().statusCode(200).contentType("text/xml").extract().xmlPath();
            String number = xml.getString("service_requests.request.service_request_id");
            assertThat(number).matches(NUMBER);
            assertThat(xml.getString("service_requests.request.service_notice")).contains(number, "due by");
            assertThat(xml.getString("service_requests.request.account_id")).isEqualTo("acct-77");
            assertThat(xml.getString("service_requests.request.token")).isNullOrEmpty();

            Map<String, Object> appeal = staffView(number);
            assertThat(appeal).containsEntry("channel", "PORTAL").containsEntry("type", "PROPOSAL")
                    .containsEntry("topicCode", "UTIL_HEATING").containsEntry("districtCode", "PVL")
                    .containsEntry("status", "REGISTERED").containsKey("dueAt");
            assertThat((String) appeal.get("open311Client")).startsWith("Gateway test client");
            @SuppressWarnings("unchecked")
            Map<String, Object> location = (Map<String, Object>) appeal.get("location");
            assertThat(((Number) location.get("lat")).doubleValue()).isCloseTo(52.2873, within(1e-4));
            assertThat(((Number) location.get("long")).doubleValue()).isCloseTo(76.9674, within(1e-4));
            assertThat(location).containsEntry("address", "Lenin street 12, Pavlodar");
            @SuppressWarnings("unchecked")
            Map<String, Object> applicant = (Map<String, Object>) appeal.get("applicant");
            assertThat(applicant).containsEntry("kind", "INDIVIDUAL").containsEntry("fullName", "Aigerim Sadykova")
                    .containsEntry("email", "aigerim.gateway@example.kz");

            Open311Api.get("requests/" + number + ".json").then().statusCode(200)
                    .body("[0].media_url", equalTo("https://photos.example.kz/p/1.jpg"))
                    .body("[0].address", equalTo("Lenin street 12, Pavlodar"));
        }

        @Test
        @DisplayName("POST requests.json with only address_string and no attribute but the district: a COMPLAINT")
        void withoutPointOrOptionalAttributes() {
            Map<String, String> form = Open311Api.form(key());
            form.remove("lat");
            form.remove("long");
            form.put("address_string", "Toraigyrov street 64");
            String number = Open311Api.post("json", form).then().statusCode(200).contentType("application/json")
                    .body("[0].service_request_id", matchesPattern(NUMBER))
                    .body("[0].account_id", equalTo(null))
                    .extract().path("[0].service_request_id");
            Map<String, Object> appeal = staffView(number);
            assertThat(appeal).containsEntry("type", "COMPLAINT");
            assertThat(appeal.get("location")).isEqualTo(Map.of("address", "Toraigyrov street 64"));
        }

        @Test
        @DisplayName("POST requests without a name is anonymous: refused unless appeal_type is REPORT")
        void anonymous() {
            Map<String, String> form = Open311Api.form(key());
            form.remove("first_name");
            form.remove("last_name");
            Open311Api.post("json", form).then().statusCode(400)
                    .body("[0].description", containsString("attribute[appeal_type]"));
            form.put("attribute[appeal_type]", "REPORT");
            String number = Open311Api.file(form);
            assertThat(staffView(number)).containsEntry("redirectRequired", true).containsEntry("type", "REPORT");
        }

        @Test
        @DisplayName("POST requests with a missing, unknown or revoked api_key answers 403, and files nothing")
        void badKey() {
            Map<String, String> form = Open311Api.form("o311_not-a-key");
            String marker = "nokey" + Long.toString(System.nanoTime(), 36);
            form.put("description", "Heating broken, marker " + marker);
            Open311Api.post("xml", form).then().statusCode(403).contentType("text/xml")
                    .body("errors.error.code", equalTo("403")).body("errors.error.description", containsString("api_key"));
            form.remove("api_key");
            Open311Api.post("json", form).then().statusCode(403).body("[0].code", equalTo(403));
            String admin = Tokens.of("admin");
            assertThat(given().auth().oauth2(admin).queryParam("q", marker)
                    .get("/api/v1/appeals").then().statusCode(200).extract().<List<?>>path("items")).isEmpty();
        }

        @Test
        @DisplayName("POST requests with an unknown service_code answers 404; without one 400")
        void unknownServiceCode() {
            Map<String, String> form = Open311Api.form(key());
            form.put("service_code", "NO_SUCH_TOPIC");
            Open311Api.post("xml", form).then().statusCode(404).body("errors.error.description", containsString("service_code"));
            form.remove("service_code");
            Open311Api.post("json", form).then().statusCode(400).body("[0].description", containsString("service_code"));
        }

        @Test
        @DisplayName("POST requests with a point outside the region, no district or a short text answers 400 naming the parameter")
        void invalid() {
            Map<String, String> form = Open311Api.form(key());
            form.put("lat", "43.2389");
            form.put("long", "76.8897");
            Open311Api.post("json", form).then().statusCode(400).body("[0].description", containsString("lat/long"));
            form = Open311Api.form(key());
            form.remove("attribute[district]");
            Open311Api.post("xml", form).then().statusCode(400)
                    .body("errors.error.description", containsString("attribute[district]"));
            form = Open311Api.form(key());
            form.put("description", "short");
            Open311Api.post("json", form).then().statusCode(400).body("[0].description", containsString("description"));
            form = Open311Api.form(key());
            form.put("attribute[district]", "NOWHERE");
            Open311Api.post("json", form).then().statusCode(400).body("[0].description", containsString("attribute[district]"));
            form = Open311Api.form(key());
            form.put("phone", "12");
            Open311Api.post("json", form).then().statusCode(400).body("[0].description", startsWith("phone"));
        }

        @Test
        @DisplayName("POST requests with one Idempotency-Key: the same form answers the same request, another form 422")
        void idempotency() {
            Map<String, String> form = Open311Api.form(key());
            String idem = "o311-" + System.nanoTime();
            String first = given().contentType("application/x-www-form-urlencoded").header("Idempotency-Key", idem)
                    .body(Open311Api.encode(form)).post(Open311Api.BASE + "requests.json")
                    .then().statusCode(200).extract().path("[0].service_request_id");
            given().contentType("application/x-www-form-urlencoded").header("Idempotency-Key", idem)
                    .body(Open311Api.encode(form)).post(Open311Api.BASE + "requests.xml")
                    .then().statusCode(200).body("service_requests.request.service_request_id", equalTo(first));
            form.put("description", form.get("description") + " And the water too.");
            given().contentType("application/x-www-form-urlencoded").header("Idempotency-Key", idem)
                    .body(Open311Api.encode(form)).post(Open311Api.BASE + "requests.json")
                    .then().statusCode(422).body("[0].code", equalTo(422));
        }

        @Test
        @DisplayName("a second request of the same phone on the same topic is a repeat appeal, linked for staff")
        void repeat() {
            Map<String, String> form = Open311Api.form(key());
            String first = Open311Api.file(form);
            form.put("description", form.get("description") + " Still nothing.");
            String second = Open311Api.file(form);
            Map<String, Object> earlier = staffView(first);
            assertThat(staffView(second).get("repeatOf")).isEqualTo(earlier.get("id"));
        }

        @Test
        @DisplayName("a client past its rate limit gets 429 with Retry-After; other clients are not slowed")
        void rateLimit() {
            String slow = Open311Api.issueKey("Rate limited client", 2);
            Open311Api.file(Open311Api.form(slow));
            Open311Api.file(Open311Api.form(slow));
            Open311Api.post("xml", Open311Api.form(slow)).then().statusCode(429).header("Retry-After", notNullValue())
                    .body("errors.error.code", equalTo("429"));
            Open311Api.file(Open311Api.form(key()));
        }
    }

    @Nested
    @DisplayName("GET requests")
    class Reading {
        private String number;
        private String other;

        @org.junit.jupiter.api.BeforeEach
        void file() {
            Map<String, String> form = Open311Api.form(key());
            form.put("address_string", "Estaya street 1");
            number = Open311Api.file(form);
            other = Open311Api.file(Open311Api.form(key()));
        }

        @Test
        @DisplayName("GET requests/{id}.xml and .json show the request with its term, place and dates in whole seconds")
        void one() {
            Map<String, Object> appeal = staffView(number);
            XmlPath xml = Open311Api.get("requests/" + number + ".xml").then().statusCode(200).contentType("text/xml")
                    .extract().xmlPath();
            assertThat(xml.getString("service_requests.request.service_request_id")).isEqualTo(number);
            assertThat(xml.getString("service_requests.request.status")).isEqualTo("open");
            assertThat(xml.getString("service_requests.request.service_code")).isEqualTo("UTIL_HEATING");
            assertThat(xml.getString("service_requests.request.requested_datetime")).matches(W3C);
            assertThat(xml.getString("service_requests.request.updated_datetime")).matches(W3C);
            assertThat(xml.getString("service_requests.request.expected_datetime"))
                    .isEqualTo(appeal.get("dueAt") + "T23:59:59+05:00");
            assertThat(xml.getString("service_requests.request.address")).isEqualTo("Estaya street 1");
            assertThat(xml.getDouble("service_requests.request.lat")).isEqualTo(52.2873);
            JsonPath json = Open311Api.get("requests/" + number + ".json").then().statusCode(200)
                    .contentType("application/json").extract().jsonPath();
            assertThat(json.getList("$")).hasSize(1);
            assertThat(json.getMap("[0]").keySet()).containsExactly("service_request_id", "status", "status_notes",
                    "service_name", "service_code", "description", "agency_responsible", "service_notice",
                    "requested_datetime", "updated_datetime", "expected_datetime", "address", "lat", "long", "media_url");
            assertThat(json.getString("[0].requested_datetime")).isEqualTo(xml.getString("service_requests.request.requested_datetime"));
            assertThat(json.getDouble("[0].long")).isCloseTo(76.9674, within(1e-4));
            assertThat((Object) json.get("[0].status_notes")).isNull();
        }

        @Test
        @DisplayName("GET requests.xml and .json filter by ids (overriding the rest), service_code, dates and status")
        void list() {
            Open311Api.get("requests.json?service_request_id=" + number + "," + other + "&status=closed").then()
                    .statusCode(200).body("service_request_id", hasItems(number, other));
            given().queryParam("service_code", "UTIL_HEATING,HOUSING_QUEUE").queryParam("status", "open")
                    .get(Open311Api.BASE + "requests.xml").then().statusCode(200)
                    .body("service_requests.request.service_request_id", hasItems(number, other));
            given().queryParam("status", "closed").get(Open311Api.BASE + "requests.json").then().statusCode(200)
                    .body("service_request_id", org.hamcrest.Matchers.not(hasItems(number)));
            given().queryParam("service_code", "HOUSING_QUEUE").get(Open311Api.BASE + "requests.json").then()
                    .statusCode(200).body("service_request_id", org.hamcrest.Matchers.not(hasItems(number)));
            String start = java.time.OffsetDateTime.now().minusHours(1).withNano(0).toString();
            given().queryParam("start_date", start).queryParam("end_date", java.time.OffsetDateTime.now().plusMinutes(5)
                            .withNano(0).toString())
                    .get(Open311Api.BASE + "requests.json").then().statusCode(200).body("service_request_id", hasItems(number));
            given().queryParam("end_date", java.time.OffsetDateTime.now().minusDays(2).withNano(0).toString())
                    .get(Open311Api.BASE + "requests.json").then().statusCode(200)
                    .body("service_request_id", org.hamcrest.Matchers.not(hasItems(number)));
        }

        @Test
        @DisplayName("GET requests with a bad date, a range over 90 days or an unknown status answers 400; an unknown id 404")
        void errors() {
            given().queryParam("start_date", "yesterday").get(Open311Api.BASE + "requests.xml").then().statusCode(400)
                    .body("errors.error.description", containsString("start_date"));
            given().queryParam("start_date", "2026-01-01T00:00:00").get(Open311Api.BASE + "requests.json").then()
                    .statusCode(400).body("[0].description", containsString("offset"));
            given().queryParam("start_date", "2026-01-01T00:00:00Z").queryParam("end_date", "2026-04-02T00:00:00Z")
                    .get(Open311Api.BASE + "requests.json").then().statusCode(400).body("[0].description", containsString("90 days"));
            given().queryParam("start_date", "2026-01-01T00:00:00Z").queryParam("end_date", "2026-03-31T00:00:00Z")
                    .get(Open311Api.BASE + "requests.json").then().statusCode(200);
            given().queryParam("status", "pending").get(Open311Api.BASE + "requests.xml").then().statusCode(400)
                    .body("errors.error.description", containsString("status"));
            Open311Api.get("requests/2020-PVL-999999.xml").then().statusCode(404).body("errors.error.code", equalTo("404"));
            Open311Api.get("requests/2020-PVL-999999.json").then().statusCode(404).body("[0].code", equalTo(404));
        }

        @Test
        @DisplayName("appeals of the other channels are not Open311 requests: 404, and never listed")
        void otherChannels() {
            long id = kz.appeals.support.CaseFixtures.register("PVL");
            String callCenter = given().auth().oauth2(Tokens.of("admin")).get("/api/v1/appeals/" + id).then()
                    .extract().path("registrationNumber");
            Open311Api.get("requests/" + callCenter + ".json").then().statusCode(404);
            Open311Api.get("requests.json?service_request_id=" + callCenter).then().statusCode(200).body("size()", equalTo(0));
        }
    }
}
