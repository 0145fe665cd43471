package org.skillsmatrix.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Spreadsheet, CSV and PDF library types stay inside the format that uses them and never leave this module. */
@AnalyzeClasses(packages = "org.skillsmatrix", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportingArchitectureTest {

    private static final String[] LIBRARIES = {
        "org.dhatim.fastexcel..", "org.openpdf..", "org.librepdf..", "org.apache.commons.csv.."
    };

    @ArchTest
    static final ArchRule fastexcel_stays_in_the_xlsx_writer = noClasses()
            .that()
            .resideOutsideOfPackage("org.skillsmatrix.reporting.xlsx..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.dhatim.fastexcel..");

    @ArchTest
    static final ArchRule openpdf_stays_in_the_pdf_writer = noClasses()
            .that()
            .resideOutsideOfPackage("org.skillsmatrix.reporting.pdf..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.openpdf..", "org.librepdf..", "java.awt..");

    @ArchTest
    static final ArchRule commons_csv_stays_in_the_csv_writer = noClasses()
            .that()
            .resideOutsideOfPackage("org.skillsmatrix.reporting.csv..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.commons.csv..");

    @ArchTest
    static final ArchRule public_methods_speak_the_domain_only = methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("org.skillsmatrix.reporting..")
            .and()
            .areDeclaredInClassesThat()
            .arePublic()
            .and()
            .arePublic()
            .should(exposeNoLibraryType());

    private static ArchCondition<JavaMethod> exposeNoLibraryType() {
        DescribedPredicate<JavaClass> library = DescribedPredicate.describe(
                "a spreadsheet, CSV or PDF library type",
                type -> java.util.Arrays.stream(LIBRARIES)
                        .anyMatch(prefix -> type.getPackageName().startsWith(prefix.replace("..", ""))));
        return new ArchCondition<>("expose no spreadsheet, CSV or PDF library type") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                var exposed = new java.util.ArrayList<JavaClass>();
                exposed.add(method.getRawReturnType());
                exposed.addAll(method.getRawParameterTypes());
                for (var type : exposed) {
                    if (library.test(type)) {
                        events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " exposes " + type.getName()));
                    }
                }
            }
        };
    }
}
