package no.klagesak.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import no.klagesak.support.test.DomainRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void the_complaint_domain_is_free_of_spring_mongo_and_kafka() {
        DomainRules.domainIsFreeOfFrameworks(
                "no.klagesak.intake",
                "no.klagesak.intake.complaint",
                "no.klagesak.intake.complaint.model",
                "no.klagesak.intake.complaint.application",
                "no.klagesak.intake.complaint.application.port",
                "no.klagesak.intake.archive");
    }

    /** The model knows nothing of the use cases or their ports; the use cases know no adapter. */
    @Test
    void the_rooms_depend_inwards_only() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.klagesak.intake");
        noClasses()
                .that()
                .resideInAPackage("no.klagesak.intake.complaint.model..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("no.klagesak.intake.complaint.application..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("no.klagesak.intake.complaint.application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "no.klagesak.intake.complaint.web..",
                        "no.klagesak.intake.complaint.persistence..",
                        "no.klagesak.intake.complaint.messaging..",
                        "no.klagesak.intake.complaint.filetype..")
                .check(classes);
    }

    /**
     * The archive builds on the complaint's model and its store's port, never on its adapters; the complaint knows
     * nothing of the archive.
     */
    @Test
    void the_archive_builds_on_the_complaint_and_not_the_other_way() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.klagesak.intake");
        noClasses()
                .that()
                .resideInAPackage("no.klagesak.intake.complaint..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("no.klagesak.intake.archive..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("no.klagesak.intake.archive..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "no.klagesak.intake.complaint.web..",
                        "no.klagesak.intake.complaint.persistence..",
                        "no.klagesak.intake.complaint.messaging..")
                .check(classes);
    }
}
