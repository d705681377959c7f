package vn.cchc.troly;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TroLyCchcApplication.class);

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.cchc.troly");

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void onlyTheTelegramTransportAndTheSandboxSpeakTelegram() {
		noClasses().that().resideOutsideOfPackages("vn.cchc.troly.telegram..", "vn.cchc.troly.sandbox..")
			.should().dependOnClassesThat().resideInAPackage("org.telegram..")
			.check(CLASSES);
	}

	@Test
	void theChatKnowsNoTransport() {
		noClasses().that().resideInAPackage("vn.cchc.troly.chat..")
			.should().dependOnClassesThat()
			.resideInAnyPackage("vn.cchc.troly.telegram..", "vn.cchc.troly.sandbox..", "org.telegram..", "okhttp3..")
			.check(CLASSES);
	}
}
