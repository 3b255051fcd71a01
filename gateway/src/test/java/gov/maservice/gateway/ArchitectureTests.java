package gov.maservice.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the gateway's feature packages from tangling. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("gov.maservice.gateway");

	@Test
	void featurePackagesHaveNoCycles() {
		SlicesRuleDefinition.slices().matching("gov.maservice.gateway.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void configDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("..gateway.config..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..gateway.auth..", "..gateway.apikey..", "..gateway.ratelimit..",
					"..gateway.routing..", "..gateway.resilience..", "..gateway.openapi..", "..gateway.observability..")
			.check(CLASSES);
	}

	@Test
	void onlyTheRateLimiterUsesApiKeysAndNothingButRoutingWiresRoutes() {
		noClasses().that()
			.resideOutsideOfPackages("..gateway.apikey..", "..gateway.ratelimit..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..gateway.apikey..")
			.check(CLASSES);
		noClasses().that()
			.resideOutsideOfPackage("..gateway.routing..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..gateway.routing..")
			.check(CLASSES);
		noClasses().that()
			.resideInAnyPackage("..gateway.auth..", "..gateway.apikey..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..gateway.resilience..", "..gateway.routing..", "..gateway.ratelimit..")
			.check(CLASSES);
	}

}
