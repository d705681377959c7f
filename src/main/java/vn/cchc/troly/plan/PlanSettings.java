package vn.cchc.troly.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the plan module ({@code troly.plan.*}).
 *
 * @param maxFileSize the largest plan file read, from the command line or the chat (default 5MB; a
 *        plan is a few hundred KB, and a larger file is refused before it is read)
 */
@ConfigurationProperties("troly.plan")
public record PlanSettings(DataSize maxFileSize) {

	public PlanSettings {
		maxFileSize = maxFileSize == null || maxFileSize.toBytes() <= 0 ? DataSize.ofMegabytes(5) : maxFileSize;
	}

	public static PlanSettings defaults() {
		return new PlanSettings(null);
	}
}
