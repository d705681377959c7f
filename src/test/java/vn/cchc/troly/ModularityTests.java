package vn.cchc.troly;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TroLyCchcApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void onlyTheChatAdapterAndSandboxSpeakTelegram() {
		var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("vn.cchc.troly");
		noClasses().that().resideOutsideOfPackages("vn.cchc.troly.telegram..", "vn.cchc.troly.sandbox..")
			.should().dependOnClassesThat().resideInAPackage("org.telegram..")
			.allowEmptyShould(true)
			.check(classes);
	}
}
