package vn.cchc.troly.progress;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where evidence files are kept ({@code troly.evidence.*}).
 *
 * @param folder the folder that holds every evidence file by its SHA-256 (default {@code ./data/evidence});
 *        backup and restore carry it with the database
 * @param maxFileSize the largest file taken as evidence (default 20 MB, what Telegram lets a bot download)
 */
@ConfigurationProperties("troly.evidence")
public record EvidenceSettings(Path folder, DataSize maxFileSize) {

	public EvidenceSettings {
		folder = folder == null ? Path.of("data", "evidence") : folder;
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
	}
}
