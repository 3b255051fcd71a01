package gov.maservice.qr;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the feature packages from tangling: no cycles, and the layering a newcomer
 * expects (catalog and scan know nothing of links, images or posters; images know nothing
 * of posters).
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("gov.maservice.qr");

	@Test
	void featurePackagesHaveNoCycles() {
		SlicesRuleDefinition.slices().matching("gov.maservice.qr.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void theCatalogProjectionDependsOnNoOtherFeature() {
		noClasses().that()
			.resideInAPackage("..qr.catalog..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..qr.link..", "..qr.render..", "..qr.poster..", "..qr.scan..", "..qr.font..")
			.check(CLASSES);
	}

	@Test
	void scanCountingKnowsNothingOfLinksImagesOrPosters() {
		noClasses().that()
			.resideInAPackage("..qr.scan..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..qr.link..", "..qr.render..", "..qr.poster..")
			.check(CLASSES);
	}

	@Test
	void imagesKnowNothingOfPostersAndLinksNothingOfRendering() {
		noClasses().that()
			.resideInAPackage("..qr.render..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..qr.poster..")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("..qr.link..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..qr.render..", "..qr.poster..")
			.check(CLASSES);
	}

	@Test
	void configurationDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("..qr.config..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..qr.catalog..", "..qr.link..", "..qr.render..", "..qr.poster..", "..qr.scan..",
					"..qr.font..")
			.check(CLASSES);
	}

}
