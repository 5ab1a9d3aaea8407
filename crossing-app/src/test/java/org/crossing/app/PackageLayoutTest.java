package org.crossing.app;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds crossing-app to the picture in docs/architecture.md: packages by role, imports going one
 * way only. {@code cli} on top; {@code server} wires the features; the features ({@code player},
 * {@code site}, {@code studio}) stand side by side and never import each other; under them the
 * plumbing ({@code http}, {@code stats}, {@code token}, {@code db}, {@code bench}).
 */
class PackageLayoutTest {

    private static JavaClasses app;

    @BeforeAll
    static void importTheApp() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.crossing.app");
    }

    @Test
    void importsGoOneWayFromTheCommandLineDownToThePlumbing() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("org.crossing.app.cli..")
                .layer("server").definedBy("org.crossing.app.server..")
                .layer("features").definedBy(
                        "org.crossing.app.player..", "org.crossing.app.site..", "org.crossing.app.studio..")
                .layer("plumbing").definedBy(
                        "org.crossing.app.http..", "org.crossing.app.stats..", "org.crossing.app.token..",
                        "org.crossing.app.db..", "org.crossing.app.bench..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("server").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("features").mayOnlyBeAccessedByLayers("server", "cli")
                .whereLayer("plumbing").mayOnlyBeAccessedByLayers("features", "server", "cli")
                .check(app);
    }

    @Test
    void theFeaturesDoNotImportEachOther() {
        String[] features = {"player", "site", "studio"};
        for (String feature : features) {
            for (String other : features) {
                if (feature.equals(other)) continue;
                noClasses().that().resideInAPackage("org.crossing.app." + feature + "..")
                        .should().dependOnClassesThat().resideInAPackage("org.crossing.app." + other + "..")
                        .allowEmptyShould(true)
                        .check(app);
            }
        }
    }

    /** Statistics are kept in the database, so {@code stats} may use {@code db}; no other pair. */
    @Test
    void thePlumbingPackagesDoNotImportEachOther() {
        String[] plumbing = {"http", "stats", "token", "db", "bench"};
        for (String one : plumbing) {
            for (String other : plumbing) {
                if (one.equals(other) || (one.equals("stats") && other.equals("db"))) continue;
                noClasses().that().resideInAPackage("org.crossing.app." + one + "..")
                        .should().dependOnClassesThat().resideInAPackage("org.crossing.app." + other + "..")
                        .allowEmptyShould(true)
                        .check(app);
            }
        }
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching("org.crossing.app.(*)..").should().beFreeOfCycles().check(app);
    }
}
