package vn.cchc.troly;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.jdbc.core.mapping.AggregateReference;

import vn.cchc.troly.people.Position;
import vn.cchc.troly.people.Positions;
import vn.cchc.troly.people.Unit;
import vn.cchc.troly.plan.Baseline;
import vn.cchc.troly.plan.BaselineBound;
import vn.cchc.troly.plan.Comparator;
import vn.cchc.troly.plan.Plan;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.Target;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.plan.Timeframe;

/**
 * Five items of the seed plan (Phổ Châu 2024), written straight to the database for tests that
 * need a plan: 1.1 (COUNT ≥1 per year), 1.2 (QUALITATIVE), 2.2 (PERCENT &gt;98, baseline 95),
 * 3.4 (PERCENT &gt;75, baseline "dưới 60%") and 4 (INCREASE), all recurring from 2024. Import it
 * with {@code Positions}.
 */
public class PlanFixture {

	public static final String CULTURE = "Văn hóa - xã hội";
	public static final String OFFICE = "Văn phòng - Thống kê";
	public static final String ALL_STAFF = "Cán bộ, công chức xã";
	public static final String ONE_STOP = "Bộ phận Một cửa xã";
	public static final String TREASURER = "Thủ quỹ - Văn thư - lưu trữ";
	public static final String FINANCE = "Tài chính - Kế toán";

	/** The seed's four sections of content (II.1–4). */
	public static final List<Plan.Section> SECTIONS = List.of(
			new Plan.Section("1", "Công tác chỉ đạo, điều hành cải cách hành chính"),
			new Plan.Section("2", "Cải cách thủ tục hành chính"),
			new Plan.Section("3", "Xây dựng và phát triển chính quyền điện tử, chính quyền số"),
			new Plan.Section("4", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội"));

	private final JdbcAggregateTemplate aggregates;
	private final Positions positions;

	public PlanFixture(JdbcAggregateTemplate aggregates, Positions positions) {
		this.aggregates = aggregates;
		this.positions = positions;
	}

	/** The seeded plan: its items by code, in plan order. */
	public record Seed(Plan plan, Map<String, PlanItem> items) {

		public PlanItem item(String code) {
			return items.get(code);
		}
	}

	public Seed seed() {
		return seed("UBND xã Phổ Châu");
	}

	/**
	 * The same five items as the plan of another unit, made if there is none of that name. Its
	 * positions are resolved in the unit in scope: bind the unit first when there are several.
	 */
	public Seed seed(String unitName) {
		var unit = unit(unitName);
		var plan = aggregates.insert(new Plan(null, AggregateReference.to(unit.id()), null,
				"Khắc phục những hạn chế trong thực hiện cải cách hành chính năm 2023", 2024, null, "seed",
				Instant.parse("2024-03-01T00:00:00Z"), SECTIONS, List.of()));
		var items = new LinkedHashMap<String, PlanItem>();
		add(items, plan, "1.1", 1, "1", "Sáng kiến/giải pháp mới trong công tác cải cách hành chính",
				Baseline.textOnly("Trong năm 2023 không có sáng kiến giải pháp mới"),
				new Target("Hàng năm có từ 01 sáng kiến/giải pháp mới trở lên", TargetKind.COUNT, Comparator.GE,
						BigDecimal.ONE, "sáng kiến/giải pháp", true),
				CULTURE, null, ALL_STAFF, ONE_STOP);
		add(items, plan, "1.2", 2, "1", "Thực hiện các nhiệm vụ cấp trên giao",
				Baseline.textOnly("Thực hiện đầy đủ, nhưng có nhiệm vụ chưa kịp thời"),
				Target.qualitative("Thực hiện đầy đủ, kịp thời các nhiệm vụ được giao", false), OFFICE, null,
				ALL_STAFF, ONE_STOP);
		add(items, plan, "2.2", 4, "2", "Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn",
				new Baseline("Đạt 95%", new BigDecimal("95"), BaselineBound.EXACT),
				new Target("Đạt trên 98%", TargetKind.PERCENT, Comparator.GT, new BigDecimal("98"), "%", false),
				OFFICE, "phụ trách Một cửa", ALL_STAFF, ONE_STOP);
		add(items, plan, "3.4", 8, "3", "Tỷ lệ hồ sơ thực hiện thanh toán trực tuyến",
				new Baseline("Tỷ lệ thanh toán trực tuyến đạt dưới 60%", new BigDecimal("60"), BaselineBound.BELOW),
				new Target("Trên 75% hồ sơ được thanh toán trực tuyến", TargetKind.PERCENT, Comparator.GT,
						new BigDecimal("75"), "%", false),
				OFFICE, null, ALL_STAFF, TREASURER);
		add(items, plan, "4", 10, "4", "Số lượng doanh nghiệp/hộ kinh doanh gia nhập và tái gia nhập thị trường",
				Baseline.textOnly("không tăng so với năm trước liền kề"),
				new Target("Phần đầu tăng cao hơn so với năm trước liền kề", TargetKind.INCREASE, null, null, null,
						false),
				FINANCE, null, ALL_STAFF);
		return new Seed(plan, items);
	}

	/** One more item in the seeded plan, recurring from 2024 like the others. */
	public PlanItem addItem(Seed seed, String code, int ordinal, Target target, String lead, String... coordinating) {
		add(seed.items(), seed.plan(), code, ordinal, code.substring(0, 1), "Mục " + code, Baseline.textOnly("—"), target,
				lead, null, coordinating);
		return seed.item(code);
	}

	/**
	 * The unit of this name: the installation's one unit when it has no name yet (a position
	 * resolved before the plan made it), else a new one.
	 */
	public Unit unit(String name) {
		var all = aggregates.findAll(Unit.class);
		for (var unit : all) {
			if (name.equals(unit.name())) {
				return unit;
			}
		}
		if (all.size() == 1 && all.iterator().next().name() == null) {
			var unnamed = all.iterator().next();
			return aggregates.update(new Unit(unnamed.id(), name, unnamed.timeZone(), null, null, null));
		}
		return aggregates.insert(new Unit(null, name, "Asia/Ho_Chi_Minh", null, null, null));
	}

	public Position position(String name) {
		return positions.resolve(name);
	}

	private void add(Map<String, PlanItem> items, Plan plan, String code, int ordinal, String section, String title,
			Baseline baseline, Target target, String lead, String duty, String... coordinating) {
		var coordinators = new ArrayList<PlanItem.Coordinator>();
		for (var name : coordinating) {
			coordinators.add(new PlanItem.Coordinator(AggregateReference.to(positions.resolve(name).id())));
		}
		var item = aggregates.insert(new PlanItem(null, AggregateReference.to(plan.id()), code, ordinal, section, title,
				baseline, target, AggregateReference.to(positions.resolve(lead).id()),
				"Công chức " + lead + (duty == null ? "" : " " + duty), duty, String.join("; ", coordinating),
				coordinators, new Timeframe("Trong năm 2024 và những năm tiếp theo", 2024, true), null));
		items.put(code, item);
	}
}
