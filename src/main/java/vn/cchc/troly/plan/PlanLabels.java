package vn.cchc.troly.plan;

import java.util.regex.Pattern;

import vn.cchc.troly.people.PositionNames;

/**
 * What a label names, in a field line ("- Chỉ tiêu khắc phục: …") or a table header ("Đơn vị chủ
 * trì"), recognised by its word family rather than a list, whatever its case, spacing or tone-mark
 * placement:
 * <ul>
 * <li>target: "Chỉ tiêu (khắc phục / phấn đấu)", "Mục tiêu (năm …)", "Yêu cầu (cần đạt)", "Kết quả
 * cần đạt / phấn đấu / dự kiến";
 * <li>baseline: "Kết quả (thực hiện / đạt được) (năm trước / năm …)", "Hiện trạng", "Thực trạng",
 * "Tình hình …";
 * <li>lead: "Tham mưu", "(Đơn vị / Cơ quan) chủ trì", "Người / Đơn vị thực hiện", "Phụ trách";
 * <li>coordinating: "(Đơn vị) phối hợp";
 * <li>time frame: "Thời gian (thực hiện)", "Thời hạn (hoàn thành)", "Tiến độ", "Hạn hoàn thành";
 * <li>known but not read: "Sản phẩm", "Ghi chú", "Kinh phí", "Hình thức", "Giải pháp"…;
 * <li>in tables also the number ("STT", "TT") and the content ("Nội dung (nhiệm vụ)", "Tên …",
 * "Nhiệm vụ", "Tiêu chí").
 * </ul>
 */
final class PlanLabels {

	/** What a label names; {@code field} is null for the number, the content and ignored columns. */
	enum Label {
		NUMBER(null), CONTENT(null), BASELINE(ItemField.BASELINE), TARGET(ItemField.TARGET), LEAD(ItemField.LEAD),
		COORDINATING(ItemField.COORDINATING), TIMEFRAME(ItemField.TIMEFRAME), IGNORED(null);

		final ItemField field;

		Label(ItemField field) {
			this.field = field;
		}
	}

	private static final Pattern TARGET = Pattern.compile(
			"^(?:chỉ tiêu|mục tiêu|yêu cầu|kết quả (?:cần|phải|phấn đấu|dự kiến|mong muốn)|phấn đấu|định mức)");
	private static final Pattern BASELINE = Pattern.compile(
			"^(?:kết quả|hiện trạng|thực trạng|tình hình|năm trước|đánh giá|điểm (?:số|đạt))");
	private static final Pattern TIMEFRAME = Pattern.compile(
			"^(?:thời gian|thời hạn|tiến độ|thời điểm|hạn (?:hoàn thành|chót|thực hiện)|mốc thời gian)");
	private static final Pattern COORDINATING = Pattern.compile("phối hợp");
	private static final Pattern LEAD = Pattern.compile(
			"tham mưu|chủ trì|^(?:người|đơn vị|cơ quan|bộ phận|cá nhân|công chức) (?:thực hiện|phụ trách|chịu trách nhiệm)"
					+ "|^phụ trách|^trách nhiệm|^người thực hiện|^giao cho");
	private static final Pattern IGNORED = Pattern.compile(
			"^(?:sản phẩm|ghi chú|kinh phí|nguồn kinh phí|hình thức|giải pháp|biện pháp|cách thức|minh chứng|tài liệu kiểm chứng)");
	private static final Pattern NUMBER = Pattern.compile("^(?:stt|tt|số tt|số thứ tự)$");
	private static final Pattern CONTENT = Pattern.compile(
			"^(?:nội dung|tên|nhiệm vụ|tiêu chí|hạn chế|tồn tại|công việc|danh mục|chỉ số thành phần)");

	private PlanLabels() {
	}

	/** The label's meaning, or null when it is none the importer knows. */
	static Label of(String label) {
		var key = PositionNames.matchKey(label).replaceAll("[()\\[\\]*:.]", " ").replaceAll("\\s+", " ").strip();
		if (key.isEmpty()) {
			return null;
		}
		// Time frame and coordinating first: "Thời gian thực hiện" is no lead, "Đơn vị phối hợp" no lead.
		if (TIMEFRAME.matcher(key).find()) {
			return Label.TIMEFRAME;
		}
		if (COORDINATING.matcher(key).find()) {
			return Label.COORDINATING;
		}
		if (TARGET.matcher(key).find()) {
			return Label.TARGET;
		}
		if (BASELINE.matcher(key).find()) {
			return Label.BASELINE;
		}
		if (LEAD.matcher(key).find()) {
			return Label.LEAD;
		}
		if (IGNORED.matcher(key).find()) {
			return Label.IGNORED;
		}
		if (NUMBER.matcher(key).find()) {
			return Label.NUMBER;
		}
		if (CONTENT.matcher(key).find()) {
			return Label.CONTENT;
		}
		return null;
	}

	/** The item field a field line's label names, or null. */
	static ItemField field(String label) {
		var known = of(label);
		return known == null ? null : known.field;
	}
}
