package kz.appeals.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.appeals.common.ProblemMappers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the service says who may call it, on the method or on its class. The
 * service also denies unannotated endpoints at run time; this check names the method that
 * forgot, before a caller finds it closed.
 */
class ResourceAnnotationsTest {
    private static final List<Class<? extends Annotation>> SECURITY =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class, Authenticated.class);

    static List<Class<?>> serviceClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path root = java.nio.file.Path.of(ProblemMappers.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                classes.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        ResourceAnnotationsTest.class.getClassLoader()));
            }
        }
        return classes;
    }

    static boolean endpoint(Method method) {
        if (method.isAnnotationPresent(Path.class)) {
            return true;
        }
        for (Annotation a : method.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    static boolean secured(AnnotatedElement element) {
        return SECURITY.stream().anyMatch(element::isAnnotationPresent);
    }

    @Test
    @DisplayName("every resource method carries @RolesAllowed, @PermitAll, @DenyAll or @Authenticated, itself or on its class")
    void everyEndpointSaysWhoMayCall() throws Exception {
        List<String> endpoints = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Class<?> type : serviceClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (!endpoint(method)) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName();
                endpoints.add(name);
                if (!secured(method) && !secured(type)) {
                    open.add(name);
                }
            }
        }
        assertThat(endpoints).as("resource methods found").hasSizeGreaterThan(20)
                .contains("IntakeResource.register", "PublicTrackingResource.track", "ImportResource.importAppeals");
        assertThat(open).as("endpoints without a security annotation").isEmpty();
    }

    @Test
    @DisplayName("public tracking is @PermitAll on purpose: a citizen follows an appeal without an account")
    void publicTrackingIsPermitAll() throws Exception {
        Class<?> tracking = Class.forName("kz.appeals.intake.PublicTrackingResource");
        for (Method method : tracking.getDeclaredMethods()) {
            if (endpoint(method)) {
                assertThat(method.isAnnotationPresent(PermitAll.class)).as(method.getName()).isTrue();
            }
        }
    }
}
