package gov.maservice.notification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the feature packages from tangling: no cycles between features, the leaves
 * (layout, locality, support) depend on no feature, notices know nothing of boards or
 * delivery, and only delivery holds board streams.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("gov.maservice.notification");

	@Test
	void featuresAreFreeOfCycles() {
		slices().matching("gov.maservice.notification.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void leafPackagesDependOnNoFeature() {
		noClasses().that()
			.resideInAnyPackage("..notification.layout..", "..notification.locality..", "..notification.support..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..notification.notice..", "..notification.board..", "..notification.delivery..",
					"..notification.guide..", "..notification.cap..", "..notification.receipt..",
					"..notification.config..")
			.check(CLASSES);
	}

	@Test
	void noticesKnowNothingOfBoardsOrDelivery() {
		noClasses().that()
			.resideInAPackage("..notification.notice..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..notification.board..", "..notification.delivery..", "..notification.guide..",
					"..notification.cap..", "..notification.receipt..")
			.check(CLASSES);
	}

	@Test
	void onlyDeliveryDependsOnDelivery() {
		noClasses().that()
			.resideOutsideOfPackage("..notification.delivery..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..notification.delivery..")
			.check(CLASSES);
	}

}
