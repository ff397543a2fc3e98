package kz.appeals.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import kz.appeals.appeal.Dates;
import kz.appeals.imports.ImportLine;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * GET /appeals/export: content, columns and filters, who gets which rows and columns, the
 * access log, and the NDJSON lines against the register they came from.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ExportTest {
    static final String PATH = "/api/v1/appeals/export";
    static final long SEED = Long.getLong("export.seed", new Random().nextLong());
    private static ExportRegister register;

    @BeforeAll
    static void printSeed() {
        System.out.println("ExportTest seed " + SEED + " (replay with -Dexport.seed=" + SEED + ")");
    }

    /** The register, imported once for the class (each test reads it only). */
    static ExportRegister register() {
        if (register == null) {
            ExportRegister r = new ExportRegister(SEED, 120);
            given().auth().oauth2(Tokens.of("admin")).contentType("application/x-ndjson")
                    .body(r.ndjson().getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/appeals")
                    .then().statusCode(200).body("imported", equalTo(120)).body("rejected", equalTo(0));
            register = r;
        }
        return register;
    }

    static ExtractableResponse<Response> export(String token, String accept, String query) {
        var request = given().auth().oauth2(token);
        if (accept != null) {
            request.accept(accept);
        }
        return request.get(query.isEmpty() ? PATH : PATH + "?" + query).then().extract();
    }

    /** CSV lines split into fields (no field of these tests holds a line break). */
    static List<Map<String, String>> csv(String text) {
        String[] lines = text.split("\r\n");
        List<String> header = fields(lines[0]);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            List<String> f = fields(lines[i]);
            assertThat(f).as("line " + i + " has a field per column").hasSize(header.size());
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), f.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /** RFC 4180 fields of one line. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }

    private static Set<String> refs(List<Map<String, String>> rows) {
        return rows.stream().map(r -> r.get("externalRef")).collect(Collectors.toSet());
    }

    private static Set<String> refsWhere(java.util.function.Predicate<ImportLine> which) {
        return register().lines.stream().filter(which).map(ImportLine::externalRef).collect(Collectors.toSet());
    }

    @Test
    @DisplayName("GET /appeals/export as admin gives every appeal of the register as CSV, with the applicant, in UTF-8")
    void adminCsv() {
        ExportRegister r = register();
        var response = export(Tokens.of("admin"), "text/csv", "q=" + r.marker);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(response.header("Content-Disposition")).startsWith("attachment; filename=\"appeals-").endsWith(".csv\"");
        String text = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        List<Map<String, String>> rows = csv(text);
        assertThat(refs(rows)).isEqualTo(refsWhere(l -> true));
        for (Map<String, String> row : rows) {
            ImportLine line = r.lines.stream().filter(l -> l.externalRef().equals(row.get("externalRef"))).findFirst().orElseThrow();
            assertThat(row.get("applicantName")).isEqualTo(line.applicant().fullName() == null ? "" : line.applicant().fullName());
            assertThat(row.get("applicantIin")).isEqualTo(line.applicant().iin() == null ? "" : line.applicant().iin());
            assertThat(row.get("applicantPhone")).isEqualTo(line.applicant().phone() == null ? "" : line.applicant().phone());
            assertThat(row.get("channel")).isEqualTo(line.channel().name());
            assertThat(row.get("registrationNumber")).matches("2025-(PVL|EKB)-\\d{6}");
            assertThat(row.get("receivedAt")).endsWith("+05:00");
            assertThat(row.get("signatories")).isEqualTo(line.signatories() == null ? "" : line.signatories().toString());
            String status = row.get("status");
            if (line.resolution() == null) {
                assertThat(status).isEqualTo("REGISTERED");
            } else {
                assertThat(row.get("outcome")).isEqualTo(line.resolution().outcome().name());
                assertThat(row.get("answeredOn")).isEqualTo(line.resolution().resolvedAt().toLocalDate().toString());
            }
        }
        assertThat(text).contains("Айгерим Садыкова").containsAnyOf("Нұрлан Оспанов", "Әлия Жақыпова")
                .contains("ТОО «Жылу-Сервис»").contains("\"Павлодар, ул. Торайгырова, ")
                .doesNotContain("\uFEFF");
    }

    @Test
    @DisplayName("GET /appeals/export?bom=true starts the CSV with a UTF-8 byte order mark; bom=maybe answers 400")
    void byteOrderMark() {
        byte[] body = export(Tokens.of("admin"), "text/csv", "bom=true&q=" + register().marker).asByteArray();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, 3, 20, StandardCharsets.UTF_8)).startsWith("registrationNumber,");
        var bad = export(Tokens.of("admin"), "text/csv", "bom=maybe");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body().jsonPath().getString("errors[0].field")).isEqualTo("bom");
    }

    @Test
    @DisplayName("GET /appeals/export without Accept gives CSV; with Accept: application/json it answers 406")
    void negotiation() {
        assertThat(export(Tokens.of("admin"), null, "q=" + register().marker).contentType()).startsWith("text/csv");
        assertThat(export(Tokens.of("admin"), "*/*", "q=" + register().marker).contentType()).startsWith("text/csv");
        assertThat(export(Tokens.of("admin"), "application/json", "q=" + register().marker).statusCode()).isEqualTo(406);
    }

    @Test
    @DisplayName("GET /appeals/export takes the list's filters: status, channel, district, topic, agency, dates, overdue")
    void filters() {
        ExportRegister r = register();
        String admin = Tokens.of("admin");
        assertThat(refs(csv(export(admin, "text/csv", "q=" + r.marker + "&status=WITHDRAWN").asString())))
                .isEqualTo(refsWhere(l -> l.resolution() != null && l.resolution().outcome().name().equals("TERMINATED")));
        assertThat(refs(csv(export(admin, "text/csv", "q=" + r.marker + "&channel=RECEPTION").asString())))
                .isEqualTo(refsWhere(l -> l.channel().name().equals("RECEPTION")));
        assertThat(refs(csv(export(admin, "text/csv", "q=" + r.marker + "&districtCode=EKB&topicCode=UTIL_HEATING")
                .asString()))).isEqualTo(refsWhere(l -> l.districtCode().equals("EKB") && l.topicCode().equals("UTIL_HEATING")));
        assertThat(refs(csv(export(admin, "text/csv", "q=" + r.marker + "&agencyCode=REG-AKIMAT").asString())))
                .isEqualTo(refsWhere(l -> l.resolution() != null && l.resolution().agencyCode().equals("REG-AKIMAT")));
        assertThat(refs(csv(export(admin, "text/csv", "q=" + r.marker + "&receivedFrom=2025-03-01&receivedTo=2025-03-31")
                .asString()))).isEqualTo(refsWhere(l -> l.receivedAt().getMonthValue() == 3));
        // appeals received in 2025 and never answered are long overdue
        assertThat(refs(csv(export(admin, "text/csv", "q=" + r.marker + "&overdue=true").asString())))
                .isEqualTo(refsWhere(l -> l.resolution() == null));
        var bad = export(admin, "text/csv", "status=LOST");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body().jsonPath().getString("errors[0].field")).isEqualTo("status");
    }

    @Test
    @DisplayName("GET /appeals/export selects what GET /appeals lists for every filter, the control queue's dueWithin and "
            + "returned included; the list's paging (limit, cursor) answers 400 naming it")
    void sameRowsAsTheList() {
        String word = CaseFixtures.marker("expq");
        LocalDate today = Dates.today();
        long dueIn2 = registeredToBeDue(Dates.workingDaysAfter(today, 2), word);
        long dueIn3 = registeredToBeDue(Dates.workingDaysAfter(today, 3), word);
        long answered = registeredToBeDue(Dates.workingDaysAfter(today, 2), word);
        CaseFixtures.done("supervisor", answered, "assignment", CaseFixtures.assignment("PVL-HOUSING"));
        CaseFixtures.done("executor", answered, "resolution", CaseFixtures.resolution("EXPLAINED", "Explained in full"));
        long returned = CaseFixtures.register("PVL", word);
        CaseFixtures.done("supervisor", returned, "assignment", CaseFixtures.assignment("PVL-HOUSING"));
        CaseFixtures.done("executor", returned, "resolution", CaseFixtures.resolution("POSITIVE", "Repaired"));
        CaseFixtures.done("supervisor", returned, "return", CaseFixtures.reason("The answer does not say when"));
        long fresh = CaseFixtures.register("PVL", word);
        String chief = Tokens.of("chief");
        for (String filter : List.of("", "dueWithin=2", "dueWithin=3", "dueWithin=0", "dueWithin=15", "returned=true",
                "returned=false", "returned=true&status=IN_PROGRESS", "overdue=false", "disputed=false",
                "agencyCode=PVL-HOUSING&returned=false")) {
            String query = "q=" + word + (filter.isEmpty() ? "" : "&" + filter);
            List<String> listed = given().auth().oauth2(chief).get("/api/v1/appeals?limit=500&" + query)
                    .then().statusCode(200).extract().jsonPath().getList("items.registrationNumber", String.class);
            var exported = export(chief, "text/csv", query);
            assertThat(exported.statusCode()).as(filter).isEqualTo(200);
            assertThat(csv(exported.asString()).stream().map(r -> r.get("registrationNumber")).toList())
                    .as(filter).containsExactlyInAnyOrderElementsOf(listed);
        }
        assertThat(numbers(chief, "q=" + word + "&dueWithin=2")).containsExactly(number(chief, dueIn2));
        assertThat(numbers(chief, "q=" + word + "&dueWithin=3"))
                .containsExactlyInAnyOrder(number(chief, dueIn2), number(chief, dueIn3));
        assertThat(numbers(chief, "q=" + word + "&returned=true")).containsExactly(number(chief, returned));
        assertThat(numbers(chief, "q=" + word + "&returned=false")).contains(number(chief, fresh), number(chief, answered))
                .doesNotContain(number(chief, returned));
        for (String bad : List.of("dueWithin=16", "dueWithin=soon", "returned=maybe", "limit=10", "cursor=abc")) {
            var refused = export(chief, "text/csv", "q=" + word + "&" + bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).as(bad).startsWith("application/problem+json");
            assertThat(refused.body().jsonPath().getString("errors[0].field")).as(bad).isEqualTo(bad.split("=")[0]);
        }
    }

    @Test
    @DisplayName("GET /appeals/export declares every query parameter of GET /appeals but its paging (limit, cursor)")
    void declaresTheListsFilters() {
        var document = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        List<String> list = document.getList("paths.'/api/v1/appeals'.get.parameters.name", String.class);
        List<String> export = document.getList("paths.'/api/v1/appeals/export'.get.parameters.name", String.class);
        assertThat(list).contains("dueWithin", "returned", "disputed", "campaign");
        assertThat(export).containsAll(list.stream().filter(p -> !p.equals("limit") && !p.equals("cursor")).toList());
    }

    /** A paper letter received on the working day from which {@code due} is the last of its 15 working days. */
    private static long registeredToBeDue(LocalDate due, String word) {
        LocalDate received = Dates.workingDaysBefore(due, 15);
        return CaseFixtures.registerWritten("office", "PVL", received.atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(5)),
                word);
    }

    private static List<String> numbers(String token, String query) {
        return csv(export(token, "text/csv", query).asString()).stream().map(r -> r.get("registrationNumber")).toList();
    }

    private static String number(String token, long id) {
        return given().auth().oauth2(token).get("/api/v1/appeals/" + id).then().statusCode(200).extract()
                .path("registrationNumber");
    }

    @Test
    @DisplayName("GET /appeals/export as application/x-ndjson gives the import's lines of the register, unchanged")
    void ndjsonLinesAreTheImportedLines() throws Exception {
        ExportRegister r = register();
        var response = export(Tokens.of("admin"), "application/x-ndjson", "q=" + r.marker);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/x-ndjson");
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertThat(body).endsWith("\n");
        Map<String, JsonNode> exported = ExportRegister.byRef(body, false);
        Map<String, JsonNode> original = ExportRegister.byRef(r.ndjson(), false);
        assertThat(exported).isEqualTo(original);
        JsonNode first = ExportRegister.byRef(body, true).values().iterator().next();
        assertThat(first.get("register").get("registrationNumber").asText()).matches("2025-(PVL|EKB)-\\d{6}");
        assertThat(first.get("register").has("dueOn")).isTrue();
    }

    @Test
    @DisplayName("GET /appeals/export gives the due date first set beside the one in force, and the applicant's feedback;"
            + " its comment only to readers of appeals")
    void extensionAndFeedback() throws Exception {
        String marker = CaseFixtures.marker("expfb");
        long extended = CaseFixtures.register("PVL", marker);
        long plain = CaseFixtures.register("PVL", marker);
        CaseFixtures.done("supervisor", extended, "assignment", CaseFixtures.assignment("PVL-HOUSING"));
        String firstDue = given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + extended)
                .then().statusCode(200).extract().path("dueAt");
        String newDue = null;
        // the first working day a week or more after the term (a day off answers 400 and changes nothing)
        for (int days = 7; newDue == null && days < 14; days++) {
            String candidate = LocalDate.parse(firstDue).plusDays(days).toString();
            if (CaseFixtures.act("supervisor", extended, "extension", Map.of("dueAt", candidate, "reason", "An inspection"))
                    .extract().statusCode() == 200) {
                newDue = candidate;
            }
        }
        assertThat(newDue).as("an extension was taken").isNotNull();
        CaseFixtures.done("executor", extended, "resolution", CaseFixtures.resolution("POSITIVE", "The valve was replaced."));
        CaseFixtures.done("supervisor", extended, "closure", Map.of());
        String comment = "Рахмет, Айгүл Серікқызы көмектесті";
        given().auth().oauth2(Tokens.of("operator")).contentType("application/json")
                .body(Map.of("solved", true, "rating", 4, "comment", comment))
                .post("/api/v1/appeals/" + extended + "/feedback").then().statusCode(201);
        String plainDue = given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + plain)
                .then().statusCode(200).extract().path("dueAt");

        for (String user : List.of("supervisor", "analyst")) {
            String text = export(Tokens.of(user), "text/csv", "q=" + marker).asString();
            Map<String, Map<String, String>> rows = csv(text).stream()
                    .collect(Collectors.toMap(r -> r.get("status"), r -> r));
            assertThat(rows.keySet()).as(user).containsExactlyInAnyOrder("CLOSED", "REGISTERED");
            Map<String, String> closed = rows.get("CLOSED");
            assertThat(closed).as(user).containsEntry("originalDueOn", firstDue).containsEntry("dueOn", newDue)
                    .containsEntry("extended", "true").containsEntry("feedbackSolved", "true")
                    .containsEntry("feedbackRating", "4");
            assertThat(closed.get("feedbackAt")).as(user).startsWith(LocalDate.now(java.time.ZoneOffset.ofHours(5)).toString())
                    .endsWith("+05:00");
            assertThat(rows.get("REGISTERED")).as(user).containsEntry("originalDueOn", plainDue).containsEntry("dueOn", plainDue)
                    .containsEntry("extended", "false").containsEntry("feedbackSolved", "").containsEntry("feedbackRating", "")
                    .containsEntry("feedbackAt", "");
            JsonNode line = ExportRegister.byRef(export(Tokens.of(user), "application/x-ndjson", "q=" + marker).asString(), true)
                    .values().stream().filter(n -> n.get("register").get("status").asText().equals("CLOSED"))
                    .findFirst().orElseThrow();
            JsonNode feedback = line.get("register").get("feedback");
            assertThat(line.get("register").get("originalDueOn").asText()).isEqualTo(firstDue);
            assertThat(feedback.get("solved").asBoolean()).isTrue();
            assertThat(feedback.get("rating").asInt()).isEqualTo(4);
            if (user.equals("analyst")) {
                assertThat(closed).doesNotContainKey("feedbackComment");
                assertThat(text).doesNotContain(comment);
                assertThat(feedback.has("comment")).isFalse();
            } else {
                assertThat(closed).containsEntry("feedbackComment", comment);
                assertThat(feedback.get("comment").asText()).isEqualTo(comment);
            }
        }
    }

    @Nested
    @DisplayName("who gets which rows and columns")
    class WhoGetsWhat {

        @Test
        @DisplayName("an analyst gets the whole region without name, IIN, BIN, phone, e-mail, address, text or answer")
        void analystImpersonal() throws Exception {
            ExportRegister r = register();
            String csv = export(Tokens.of("analyst"), "text/csv", "q=" + r.marker).asString();
            List<Map<String, String>> rows = csv(csv);
            assertThat(refs(rows)).isEqualTo(refsWhere(l -> true));
            assertThat(rows.get(0).keySet()).noneMatch(c -> c.startsWith("applicant") && !c.equals("applicantKind")
                    && !c.equals("applicantGroups"));
            String ndjson = export(Tokens.of("analyst"), "application/x-ndjson", "q=" + r.marker).asString();
            for (ImportLine line : r.lines) {
                for (String personal : new String[] {line.applicant().fullName(), line.applicant().iin(),
                        line.applicant().bin(), line.applicant().phone(), line.applicant().email(),
                        line.applicant().postalAddress(), line.text()}) {
                    if (personal != null) {
                        assertThat(csv).doesNotContain(personal);
                        assertThat(ndjson).doesNotContain(personal);
                    }
                }
            }
        }

        @Test
        @DisplayName("a supervisor of PVL gets PVL's appeals only, with the applicant; one of EKB gets EKB's")
        void supervisorsByDistrict() {
            ExportRegister r = register();
            List<Map<String, String>> pvl = csv(export(Tokens.of("supervisor"), "text/csv", "q=" + r.marker).asString());
            assertThat(refs(pvl)).isEqualTo(refsWhere(l -> l.districtCode().equals("PVL")));
            assertThat(pvl.get(0)).containsKey("applicantIin");
            assertThat(refs(csv(export(Tokens.of("supervisor2"), "text/csv", "q=" + r.marker).asString())))
                    .isEqualTo(refsWhere(l -> l.districtCode().equals("EKB")));
            // another district by filter: nothing, not an error
            assertThat(csv(export(Tokens.of("supervisor"), "text/csv", "q=" + r.marker + "&districtCode=EKB").asString()))
                    .isEmpty();
        }

        @Test
        @DisplayName("an executor of PVL-HOUSING gets the appeals assigned to that agency only")
        void executorByAgency() {
            ExportRegister r = register();
            assertThat(refs(csv(export(Tokens.of("executor"), "text/csv", "q=" + r.marker).asString())))
                    .isEqualTo(refsWhere(l -> l.resolution() != null && l.resolution().agencyCode().equals("PVL-HOUSING")));
        }

        @Test
        @DisplayName("the portal gets 403, no token 401, a supervisor without a district claim 403")
        void refused() {
            assertThat(export(Tokens.portal(), "text/csv", "").statusCode()).isEqualTo(403);
            assertThat(given().get(PATH).statusCode()).isEqualTo(401);
            String noDistrict = Tokens.sign(Tokens.claims("sup-no-district", "supervisor"));
            var response = export(noDistrict, "text/csv", "");
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    @DisplayName("every appeal a reader exports is in the personal-data access log; an analyst's export is not")
    void accessLog() {
        ExportRegister r = register();
        String user = "supervisor-export-" + Long.toString(System.nanoTime(), 36);
        String token = Tokens.sign(Tokens.claims(user, "supervisor").claim("district", "PVL"));
        List<Map<String, String>> rows = csv(export(token, "text/csv", "q=" + r.marker + "&channel=WRITTEN").asString());
        assertThat(rows).isNotEmpty();
        List<Map<String, Object>> logged = given().auth().oauth2(Tokens.of("admin"))
                .get("/api/v1/audit/personal-data?subject=" + user + "&limit=500")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(logged).hasSize(rows.size());
        assertThat(logged).allSatisfy(row -> assertThat(row.get("endpoint")).isEqualTo("GET /api/v1/appeals/export"));
        String analyst = "analyst-export-" + Long.toString(System.nanoTime(), 36);
        export(Tokens.sign(Tokens.claims(analyst, "analyst")), "text/csv", "q=" + r.marker).asString();
        assertThat(given().auth().oauth2(Tokens.of("admin")).get("/api/v1/audit/personal-data?subject=" + analyst)
                .then().statusCode(200).extract().jsonPath().getList("items")).isEmpty();
    }
}
