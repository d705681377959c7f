package vn.cchc.troly.report;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The year-end dossier ({@code troly.dossier.*}).
 *
 * @param partSize the largest .zip sent as one document (default 50 MB, what Telegram takes from a
 *        bot); a larger dossier goes in numbered parts
 * @param folder where a dossier is written before it is sent (default {@code ./data/dossier}); a
 *        part is deleted once sent, and what a crash left is swept a week later
 */
@ConfigurationProperties("troly.dossier")
public record DossierSettings(DataSize partSize, Path folder) {

	public DossierSettings {
		partSize = partSize == null || partSize.toBytes() <= 0 ? DataSize.ofMegabytes(50) : partSize;
		folder = folder == null ? Path.of("data", "dossier") : folder;
	}
}
