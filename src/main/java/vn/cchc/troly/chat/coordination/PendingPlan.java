package vn.cchc.troly.chat.coordination;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.json.JsonMapper;

import vn.cchc.troly.plan.PlanPreview;

/**
 * A plan file previewed and waiting for the coordinator's "Nhập kế hoạch", kept in the pending
 * conversation (its data column) rather than the file itself: the messenger's file id to fetch the
 * file again, a SHA-256 of the bytes the preview was made from, the unit taken from the current plan
 * when the document names none, and what the preview was based on (the stored version of the same
 * plan, the current plan). On the press the file is fetched and previewed again; unless both are
 * the same as before, nothing is imported: what is stored is exactly what was shown.
 */
record PendingPlan(String fileId, String fileName, String sha256, String unit, String basis) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static PendingPlan of(String fileId, String fileName, byte[] bytes, String unit, PlanPreview preview) {
		return new PendingPlan(fileId, fileName, sha256(bytes), unit, basis(preview));
	}

	boolean sameFile(byte[] bytes) {
		return sha256.equals(sha256(bytes));
	}

	/** Whether a preview made now rests on what this one rested on: no import in between. */
	boolean sameBasis(PlanPreview preview) {
		return basis.equals(basis(preview));
	}

	/** The stored version of the same plan and the current plan a preview was made against. */
	private static String basis(PlanPreview preview) {
		var current = preview.current();
		return preview.existingPlanId() + "@" + preview.basedOn() + " "
				+ (current == null ? "-" : current.id() + "@" + current.importedAt());
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	String toJson() {
		return JSON.writeValueAsString(this);
	}

	static PendingPlan fromJson(String json) {
		return JSON.readValue(json == null ? "{}" : json, PendingPlan.class);
	}

	/** A file name as the pending flow can keep it (Telegram allows 255 characters). */
	static String clip(String fileName) {
		if (fileName == null || fileName.codePointCount(0, fileName.length()) <= 255) {
			return fileName;
		}
		return fileName.substring(0, fileName.offsetByCodePoints(0, 255));
	}
}
