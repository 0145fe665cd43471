package org.skillsmatrix.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of architecture.md, checked on the compiled classes of every module. */
@AnalyzeClasses(
        packages = "org.skillsmatrix",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    private static final String DOMAIN = "org.skillsmatrix.domain..";
    private static final String PERSISTENCE = "org.skillsmatrix.persistence..";
    private static final String UI = "org.skillsmatrix.ui..";
    private static final String REPORTING = "org.skillsmatrix.reporting..";
    private static final String API = "org.skillsmatrix.api..";
    private static final String APP = "org.skillsmatrix.app..";
    private static final String DEMO = "org.skillsmatrix.demo..";

    @ArchTest
    static final ArchRule domain_depends_on_the_jdk_alone = classes()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(DOMAIN, "java..", "org.jspecify.annotations..", "jakarta.transaction..")
            .because("the core is framework-free: no Spring, JPA, Vaadin or spreadsheet library");

    @ArchTest
    static final ArchRule the_demo_organisation_is_made_of_the_domain_alone = classes()
            .that()
            .resideInAPackage(DEMO)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(DEMO, DOMAIN, "java..", "org.jspecify.annotations..")
            .because("the generator builds the domain's records and stores nothing itself");

    @ArchTest
    static final ArchRule the_views_reports_and_api_know_no_demo_organisation = noClasses()
            .that()
            .resideInAnyPackage(UI, REPORTING, API)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(DEMO)
            .because("the demo organisation is data the application stores, not a feature");

    @ArchTest
    static final ArchRule adapters_do_not_reach_into_one_another = slices().matching(
                    "org.skillsmatrix.(persistence|ui|reporting|api)..")
            .should()
            .notDependOnEachOther();

    @ArchTest
    static final ArchRule nothing_depends_on_the_application = noClasses()
            .that()
            .resideOutsideOfPackage(APP)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(APP);

    @ArchTest
    static final ArchRule domain_features_are_free_of_cycles =
            slices().matching("org.skillsmatrix.domain.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule adapter_features_are_free_of_cycles =
            slices().matching("org.skillsmatrix.(*).(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule jpa_stays_in_persistence = noClasses()
            .that()
            .resideOutsideOfPackage(PERSISTENCE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "org.springframework.data..");

    @ArchTest
    static final ArchRule entities_live_in_persistence = classes()
            .that()
            .areAnnotatedWith("jakarta.persistence.Entity")
            .should()
            .resideInAPackage(PERSISTENCE)
            .andShould()
            .haveSimpleNameEndingWith("Entity");

    @ArchTest
    static final ArchRule vaadin_stays_in_the_ui = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN, PERSISTENCE)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin..");

    /**
     * The file libraries stay in the reporting module, which exposes none of their types (its own tests keep
     * each library inside the format that uses it); everyone else exports through the domain's use case.
     */
    @ArchTest
    static final ArchRule spreadsheet_csv_and_pdf_libraries_stay_in_reporting = noClasses()
            .that()
            .resideOutsideOfPackage(REPORTING)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.dhatim.fastexcel..", "org.openpdf..", "org.librepdf..", "org.apache.commons.csv..")
            .because("FastExcel, OpenPDF and Commons CSV are the reporting adapter's business");

    @ArchTest
    static final ArchRule views_reach_data_through_use_cases = noClasses()
            .that()
            .resideInAPackage(UI)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PERSISTENCE, "javax.sql..", "org.springframework.jdbc..");

    @ArchTest
    static final ArchRule the_api_reaches_data_through_use_cases = noClasses()
            .that()
            .resideInAPackage(API)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    PERSISTENCE, "javax.sql..", "org.springframework.jdbc..", "org.springframework.transaction..");

    @ArchTest
    static final ArchRule openapi_stays_in_the_api = noClasses()
            .that()
            .resideOutsideOfPackage(API)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.swagger..", "org.springdoc..")
            .because("the OpenAPI document describes the API, and only the API");

    /** Test-jars of other modules come in as jars on the test class path; they are not production code. */
    static final class NoTestJars implements ImportOption {

        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }
}
