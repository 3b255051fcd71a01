package gov.maservice.catalog;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the feature packages of the catalog from tangling. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("gov.maservice.catalog");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("gov.maservice.catalog.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void crossCuttingPackagesKnowNoFeature() {
		noClasses().that()
			.resideInAnyPackage("..catalog.config..", "..catalog.security..", "..catalog.guide..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..catalog.item..", "..catalog.publishing..", "..catalog.form..",
					"..catalog.importing..", "..catalog.seed..", "..catalog.department..", "..catalog.locality..",
					"..catalog.search..", "..catalog.web..")
			.check(CLASSES);
	}

	@Test
	void writeSideKnowsNothingOfSearchAndPages() {
		noClasses().that()
			.resideInAnyPackage("..catalog.item..", "..catalog.publishing..", "..catalog.form..",
					"..catalog.importing..", "..catalog.seed..", "..catalog.department..", "..catalog.locality..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..catalog.search..", "..catalog.web..")
			.check(CLASSES);
	}

}
