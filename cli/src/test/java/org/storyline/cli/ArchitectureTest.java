package org.storyline.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the arrows of shared/design/architecture.md pointing downstream: each module may use only the modules
 * listed for it there, and nothing outside a module uses its {@code internal} packages.
 */
class ArchitectureTest {
    /** Module → the modules it may depend on (besides itself). */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "model", List.of(),
            "ingest", List.of("model"),
            "clean", List.of("model"),
            "language", List.of("model"),
            "extract", List.of("model", "language"),
            "resolve", List.of("model"),
            "stories", List.of("model"),
            "store", List.of("model"),
            "engine", List.of("model", "ingest", "clean", "language", "extract", "resolve", "stories", "store"),
            // The server checks URL addresses with ingest's rule before a job is queued, so refusals store nothing.
            "server", List.of("model", "ingest", "store"));
    private static final List<String> ALL = List.of("model", "ingest", "clean", "language", "extract", "resolve",
            "stories", "store", "engine", "server", "cli", "eval", "bench");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.storyline");
    }

    @Test
    void modulesDependOnlyOnTheirUpstreamModules() {
        ALLOWED.forEach((module, allowed) -> {
            String[] forbidden = ALL.stream()
                    .filter(m -> !m.equals(module) && !allowed.contains(m))
                    .map(m -> "org.storyline." + m + "..")
                    .toArray(String[]::new);
            ArchRule rule = noClasses().that().resideInAPackage("org.storyline." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .allowEmptyShould(true)
                    .because("architecture.md: " + module + " depends only on " + (allowed.isEmpty() ? "nothing" : allowed));
            rule.check(classes);
        });
    }

    @Test
    void internalPackagesStayInsideTheirModule() {
        for (String module : ALL) {
            noClasses().that().resideOutsideOfPackage("org.storyline." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.storyline." + module + ".internal..")
                    .allowEmptyShould(true)
                    .because("a module's internal package is not its API")
                    .check(classes);
        }
    }

    @Test
    void modelHasNoThirdPartyDependencies() {
        noClasses().that().resideInAPackage("org.storyline.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.storyline.model..", "java..")
                .check(classes);
    }
}
