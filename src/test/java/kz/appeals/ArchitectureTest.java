package kz.appeals;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.appeals.appeal.Appeal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules of the code's shape, checked on the compiled classes (no service started).
 *
 * <p>Features depend only downwards. From the top, each level may use the levels below it and
 * nothing beside or above it:
 * <pre>
 *   export                  the register as a file (its NDJSON lines are the import's lines)
 *   imports, statistics,    the historical import (which registers, resolves and creates receptions);
 *   audit, feedback,        the report's figures (read from rollups, no feature code); the personal-data
 *   notice                  access log (features report reads through common.PersonalDataReads); the
 *                           citizen's feedback after closure (public, with intake's access-code check);
 *                           notices to applicants (written on the appeal's steps, heard as CDI events);
 *   open311                 the Open311 GeoReport v2 gateway (files through intake, reads appeals)
 *   web                     the console and the citizen's page: static files and their sign-in settings
 *   intake                  registering appeals, public tracking, applicant history
 *   reception, document     personal receptions and the appeals taken at them; the documents of an
 *                           appeal and the store of their bytes (public tracking lists answer letters)
 *   campaign                thematic campaigns and what each covers (period, districts), which
 *                           receptions, intake and the import check against
 *   appeal                  the appeal, its life (AppealLifecycle), actions and timeline
 *   catalogue, deadline     districts, topics, agencies, officials; the working-day calendar
 *   security                roles and the caller's scope
 *   common                  errors, paging, request hardening
 * </pre>
 * A new package must be given its level here: a class outside every level fails the test.
 */
class ArchitectureTest {
    private static final String ROOT = "kz.appeals";
    private static final List<List<String>> LEVELS = List.of(
            List.of("export"),
            List.of("imports", "statistics", "audit", "feedback", "notice", "open311", "web"),
            List.of("intake"),
            List.of("reception", "document"),
            List.of("campaign"),
            List.of("appeal"),
            List.of("catalogue", "deadline"),
            List.of("security"),
            List.of("common"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ROOT);
    }

    @Test
    @DisplayName("the classes were found: the rules below are not checked against nothing")
    void classesFound() {
        assertThat(classes.contain(Appeal.class)).isTrue();
        assertThat(classes.size()).isGreaterThan(100);
    }

    @Test
    @DisplayName("features depend only downwards: each level uses only the levels below it")
    void layers() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> level : LEVELS) {
            for (String feature : level) {
                layers = layers.layer(feature).definedBy(ROOT + "." + feature + "..");
            }
        }
        for (int i = 0; i < LEVELS.size(); i++) {
            String[] above = LEVELS.subList(0, i).stream().flatMap(List::stream).toArray(String[]::new);
            for (String feature : LEVELS.get(i)) {
                layers = above.length == 0
                        ? layers.whereLayer(feature).mayNotBeAccessedByAnyLayer()
                        : layers.whereLayer(feature).mayOnlyBeAccessedByLayers(above);
            }
        }
        layers.because("a feature builds on the ones below it; one that reached up or sideways would tie "
                + "features together that must change apart").check(classes);
    }

    @Test
    @DisplayName("every class of the service belongs to a level of the layering")
    void everyPackageHasALevel() {
        String[] packages = LEVELS.stream().flatMap(List::stream).map(p -> ROOT + "." + p + "..").toArray(String[]::new);
        classes().should().resideInAnyPackage(packages)
                .because("a new package must be placed in ArchitectureTest.LEVELS")
                .check(classes);
    }

    @Test
    @DisplayName("resources do no SQL: no EntityManager, JDBC, native query or Panache query in a *Resource")
    void resourcesDoNoSql() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                        "java.sql..", "javax.sql..", "io.agroal..", "io.quarkus.hibernate.orm..")
                .orShould().callMethodWhere(panacheDataAccess())
                .because("resources parse, authorize, call one service method and map its result; the service "
                        + "owns the transaction and the queries")
                .check(classes);
    }

    @Test
    @DisplayName("nothing outside the package appeal writes a field of an appeal: intake and the import use its methods")
    void appealWrittenByTheAppealPackageOnly() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".appeal..")
                .should().accessFieldWhere(writeOfAnAppealField())
                .because("the appeal is changed through its own methods (Appeal.register, AppealLifecycle's actions), "
                        + "so every status change goes through the lifecycle table and no other class can leave an "
                        + "appeal half-built")
                .check(classes);
    }

    private static DescribedPredicate<JavaFieldAccess> writeOfAnAppealField() {
        return DescribedPredicate.describe("a write of a field of Appeal",
                access -> access.getAccessType() == JavaFieldAccess.AccessType.SET
                        && access.getTargetOwner().isEquivalentTo(Appeal.class));
    }

    /**
     * A call of one of Panache's data-access methods (find, list, count, persist, delete, ...)
     * on an entity: javac names the entity as the owner, so the method is matched by name among
     * the ones PanacheEntityBase declares.
     */
    private static DescribedPredicate<JavaMethodCall> panacheDataAccess() {
        Set<String> names = Arrays.stream(PanacheEntityBase.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .collect(Collectors.toSet());
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        return DescribedPredicate.describe("a Panache method " + sorted,
                call -> call.getTargetOwner().isAssignableTo(PanacheEntityBase.class)
                        && names.contains(call.getName()));
    }
}
