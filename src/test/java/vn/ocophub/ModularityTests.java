package vn.ocophub;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module graph stays honest: no cycles, no reach into another module's internals. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(OcopApplication.class);

	@Test
	void verifiesModularStructure() {
		MODULES.verify();
	}

	@Test
	void writesDocumentation() {
		new Documenter(MODULES).writeDocumentation();
	}

}
