package vn.cchc.troly.report;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A sent summary (and a province digest) is kept as JSON, so it renders later exactly as it was composed. */
final class SummaryJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private SummaryJson() {
	}

	static String write(WeeklySummary summary) {
		return MAPPER.writeValueAsString(summary);
	}

	static WeeklySummary read(String json) {
		return MAPPER.readValue(json, WeeklySummary.class);
	}

	static String write(ProvinceDigest digest) {
		return MAPPER.writeValueAsString(digest);
	}

	static ProvinceDigest readDigest(String json) {
		return MAPPER.readValue(json, ProvinceDigest.class);
	}
}
