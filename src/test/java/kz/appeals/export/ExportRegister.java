package kz.appeals.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import kz.appeals.appeal.AppealType;
import kz.appeals.appeal.ApplicantKind;
import kz.appeals.appeal.Channel;
import kz.appeals.appeal.Outcome;
import kz.appeals.catalogue.OfficialType;
import kz.appeals.imports.ImportLine;
import kz.appeals.intake.NewAppeal;
import kz.appeals.reception.ReceptionFormat;
import kz.appeals.support.IntakeFixtures;

/**
 * A historical register for the export tests, written as the import reads it and in the form the
 * register keeps (phones in E.164, times at UTC+5, Cyrillic and Kazakh text), so that a line that
 * comes back unchanged is equal to it: every channel, applicants of every kind, social groups,
 * collective appeals, receptions shared by several appeals, endings of every kind and open appeals.
 * Every text holds the marker word, so {@code q=marker} selects exactly this register.
 */
final class ExportRegister {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final ZoneOffset UTC5 = ZoneOffset.ofHours(5);
    private static final String[] TOPICS = {"UTIL_HEATING", "HOUSING_QUEUE"};
    private static final String[] NAMES = {"Айгерим Садыкова", "Нұрлан Оспанов", "Әлия Жақыпова", "Марат Ілиясов"};
    private static final String[] TEXTS = {"Өтініш: үйде жылу жоқ, көмектесіңіздер.", "Нет отопления в доме 12 по улице Ленина.",
            "Прошу поставить семью в очередь на жильё; «срочно», спасибо."};

    final String marker;
    final List<ImportLine> lines = new ArrayList<>();

    ExportRegister(long seed, int count) {
        Random random = new Random(seed);
        this.marker = "exp" + Long.toString(Math.abs(seed) % 1_000_000_000L, 36) + Long.toString(System.nanoTime() % 100_000, 36);
        LocalDate day = LocalDate.of(2025, 2, 3);
        List<ImportLine.ReceptionRef> receptions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            day = nextWorkingDay(day.plusDays(random.nextInt(3)));
            OffsetDateTime received = day.atTime(10 + random.nextInt(7), random.nextInt(60), 1 + random.nextInt(58)).atOffset(UTC5);
            Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
            ImportLine.ReceptionRef reception = null;
            if (channel == Channel.RECEPTION) {
                if (receptions.isEmpty() || random.nextInt(3) == 0) {
                    ReceptionFormat format = ReceptionFormat.values()[random.nextInt(3)];
                    receptions.add(new ImportLine.ReceptionRef("XR-" + marker + "-" + receptions.size(),
                            OfficialType.values()[random.nextInt(OfficialType.values().length)],
                            "Депутат Export " + marker + " " + random.nextInt(3), received.withHour(9).withMinute(0).withSecond(0),
                            format, format == ReceptionFormat.THEMATIC ? "День правовой помощи" : null, 5 + random.nextInt(20), null));
                }
                reception = receptions.get(receptions.size() - 1);
                received = reception.heldAt().plusMinutes(10 + random.nextInt(100));
            }
            int kind = random.nextInt(10);
            AppealType type = kind == 0 ? AppealType.REPORT : AppealType.values()[random.nextInt(AppealType.values().length)];
            NewAppeal.Applicant applicant;
            if (kind == 0) {
                applicant = new NewAppeal.Applicant(ApplicantKind.ANONYMOUS, null, null, null, null, null, null, null);
            } else if (kind == 1) {
                applicant = new NewAppeal.Applicant(ApplicantKind.LEGAL_ENTITY, "ТОО «Жылу-Сервис» " + i, null, bin(random),
                        IntakeFixtures.newPhone(), null, "Павлодар, ул. Кутузова, " + i, null);
            } else {
                applicant = new NewAppeal.Applicant(ApplicantKind.INDIVIDUAL, NAMES[random.nextInt(NAMES.length)],
                        IntakeFixtures.newIin(), null, IntakeFixtures.newPhone(), "applicant" + i + "@example.kz",
                        "Павлодар, ул. Торайгырова, " + i, random.nextInt(3) == 0
                        ? List.of(NewAppeal.ApplicantGroup.values()[random.nextInt(7)]) : null);
            }
            String district = reception != null || random.nextBoolean() ? "PVL" : "EKB";
            ImportLine.Resolution resolution = null;
            int roll = random.nextInt(10);
            if (roll < 7) {
                Outcome outcome = roll < 4 ? Outcome.POSITIVE : roll < 5 ? Outcome.EXPLAINED : roll < 6 ? Outcome.REDIRECTED
                        : Outcome.TERMINATED;
                // the city's housing department or the region's akimat: agencies that serve the appeal's district
                resolution = new ImportLine.Resolution(random.nextBoolean() ? district + "-HOUSING" : "REG-AKIMAT",
                        received.plusDays(1 + random.nextInt(40)).withNano(0), outcome, "Ответ: жылу берілді. " + i);
            }
            lines.add(new ImportLine("X-" + marker + "-" + i, channel, type, TOPICS[random.nextInt(2)], district,
                    TEXTS[random.nextInt(TEXTS.length)] + " " + marker + " №" + i, applicant,
                    kind > 1 && random.nextInt(8) == 0 ? 2 + random.nextInt(30) : null, received, reception, resolution, null, null,
                    random.nextInt(4) == 0 ? new kz.appeals.appeal.Location(52.28 + random.nextInt(100) / 10_000.0, 76.96,
                            "Павлодар, ул. Ленина, " + i) : null));
        }
    }

    String ndjson() {
        StringBuilder out = new StringBuilder();
        for (ImportLine line : lines) {
            out.append(write(line)).append('\n');
        }
        return out.toString();
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** NDJSON lines by externalRef, times compared as instants; without "register" when {@code withRegister} is false. */
    static Map<String, JsonNode> byRef(String ndjson, boolean withRegister) throws Exception {
        Map<String, JsonNode> out = new TreeMap<>();
        for (String line : ndjson.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            ObjectNode node = (ObjectNode) JSON.readTree(line);
            if (!withRegister) {
                node.remove("register");
            }
            out.put(node.get("externalRef").asText(), canonical(node));
        }
        return out;
    }

    /** Every time as the instant it names: "10:00+05:00" and "05:00Z" are the same time. */
    private static JsonNode canonical(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<String> names = new ArrayList<>();
            fields.forEachRemaining(e -> names.add(e.getKey()));
            for (String name : names) {
                JsonNode value = object.get(name);
                if (value.isTextual() && value.asText().matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
                    object.put(name, OffsetDateTime.parse(value.asText()).toInstant().toString());
                } else {
                    canonical(value);
                }
            }
        }
        return node;
    }

    private static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || HOLIDAYS.contains(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Days off of 2025 on weekdays (the seeded calendar): appeals arrive on working days only. */
    private static final List<LocalDate> HOLIDAYS = List.of(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 21),
            LocalDate.of(2025, 3, 24), LocalDate.of(2025, 3, 25), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 7),
            LocalDate.of(2025, 5, 9), LocalDate.of(2025, 7, 7), LocalDate.of(2025, 8, 29), LocalDate.of(2025, 10, 24),
            LocalDate.of(2025, 12, 16));

    private static String bin(Random random) {
        while (true) {
            String first11 = String.format("%02d%02d4%06d", 1 + random.nextInt(24), 1 + random.nextInt(12), random.nextInt(1_000_000));
            int check = IntakeFixtures.checkDigit(first11);
            if (check >= 0) {
                return first11 + check;
            }
        }
    }
}
