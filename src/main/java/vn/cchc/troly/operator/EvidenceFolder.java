package vn.cchc.troly.operator;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The evidence folder the bot keeps files in ({@code troly.evidence.folder}, progress.EvidenceSettings),
 * read from the setting itself: the operator commands run without the bot, and progress depends on
 * the application's root, which starts the operator mode.
 */
@Component
class EvidenceFolder {

	private final Path folder;

	EvidenceFolder(@Value("${troly.evidence.folder:./data/evidence}") Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	Path folder() {
		return folder;
	}
}
