package org.crossing.app;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds crossing-app to the picture in docs/architecture.md: packages by role, imports going one
 * way only. {@code cli} on top; {@code server} wires the features; the features ({@code player},
 * {@code site}, {@code studio}) stand side by side and never import each other; under them the
 * plumbing ({@code http}, {@code stats}, {@code token}, {@code db}, {@code bench}). Inside a
 * package too, classes depend on each other one way.
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

    /**
     * Inside a package, no class depends on another that depends back on it, however long the way
     * round: each file can be read knowing only those below it. Nested classes count as their
     * file's. Every package of the app is listed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"cli", "server", "player", "site", "studio", "http", "stats", "token", "db", "bench"})
    void theClassesOfAPackageDoNotDependOnEachOtherInACircle(String name) {
        slices().assignedFrom(filesOf("org.crossing.app." + name)).should().beFreeOfCycles().check(app);
    }

    /** Each class of {@code pkg} (not of its sub-packages) as its file's top-level class. */
    private static SliceAssignment filesOf(String pkg) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                if (!javaClass.getPackageName().equals(pkg)) return SliceIdentifier.ignore();
                JavaClass file = javaClass;
                while (file.getEnclosingClass().isPresent()) file = file.getEnclosingClass().get();
                return SliceIdentifier.of(file.getSimpleName());
            }

            @Override
            public String getDescription() {
                return "the files of " + pkg;
            }
        };
    }
}
