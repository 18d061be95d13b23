package no.klagesak.support.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The dependency rule every service states: its domain packages are plain Java. */
public final class DomainRules {

    private DomainRules() {}

    /**
     * Classes directly in the given packages (not their adapter sub-packages) use no Spring, MongoDB, BSON or Kafka
     * type.
     */
    public static void domainIsFreeOfFrameworks(String basePackage, String... domainPackages) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        noClasses()
                .that()
                .resideInAnyPackage(domainPackages)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..")
                .because("the domain is plain Java; frameworks stay in the adapters")
                .check(classes);
    }
}
