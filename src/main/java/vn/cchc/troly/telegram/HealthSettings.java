package vn.cchc.troly.telegram;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The health check (prefix {@code troly.health}, documented in application.yml).
 *
 * @param file where the running bot writes its report (TROLY_HEALTH_FILE); null: nowhere
 * @param interval how often it is written
 * @param staleAfter no getUpdates answer for this long is a failure; so is a file this old
 * @param backlogLimit more messages than this waiting to be sent is degraded
 * @param backlogAge the oldest waiting message older than this is degraded
 * @param failedWithin messages given up within this time make it degraded
 */
@ConfigurationProperties("troly.health")
public record HealthSettings(Path file, @DefaultValue("30s") Duration interval,
		@DefaultValue("2m") Duration staleAfter, @DefaultValue("500") int backlogLimit,
		@DefaultValue("10m") Duration backlogAge, @DefaultValue("24h") Duration failedWithin) {

	public boolean writesFile() {
		return file != null && !file.toString().isBlank();
	}
}
