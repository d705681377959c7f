package vn.cchc.troly.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.jdbc.core.mapping.AggregateReference;

import vn.cchc.troly.RepositoryTest;
import vn.cchc.troly.people.Position;
import vn.cchc.troly.people.Positions;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;

@RepositoryTest
@Import({ Positions.class, UnitScope.class, Units.class })
class PlanItemRepositoryTests {

	@Autowired Units units;
	@Autowired PlanRepository plans;
	@Autowired PlanItemRepository items;
	@Autowired Positions positions;

	@Test
	void anItemKeepsEveryFieldAndItsCoordinatorsInOrder() {
		var unit = units.add("UBND xã Phổ Châu");
		var plan = plans.save(new Plan(null, AggregateReference.to(unit.id()), null, "Kế hoạch khắc phục", 2024, null,
				"seed.txt", Instant.parse("2024-03-01T00:00:00Z"), List.of(new Plan.Section("2", "Cải cách thủ tục hành chính")),
				List.of(new Plan.Rule("5", "Các tiêu chí khác phải bằng và cao hơn năm trước."))));
		var lead = positions.resolve("Công chức Văn Phòng - Thống kê phụ trách Một cửa");
		var allStaff = positions.resolve("Cán bộ, công chức xã");
		var oneStop = positions.resolve("Bộ phận Một cửa xã");

		var saved = items.save(new PlanItem(null, AggregateReference.to(plan.id()), "2.2", 4, "2", "Tỷ lệ hồ sơ đúng hạn",
				new Baseline("Đạt 95%", new BigDecimal("95"), BaselineBound.EXACT),
				new Target("Đạt trên 98%", TargetKind.PERCENT, Comparator.GT, new BigDecimal("98"), "%", false),
				AggregateReference.to(lead.id()), "Công chức Văn Phòng - Thống kê phụ trách Một cửa", "phụ trách Một cửa",
				"Cán bộ, công chức xã; Bộ phận Một cửa xã",
				List.of(new PlanItem.Coordinator(AggregateReference.to(allStaff.id())),
						new PlanItem.Coordinator(AggregateReference.to(oneStop.id()))),
				new Timeframe("Trong năm 2024 và những năm tiếp theo", 2024, true), null));

		var found = items.findById(saved.id()).orElseThrow();
		assertThat(found.target().value()).isEqualByComparingTo("98");
		assertThat(found.baseline().bound()).isEqualTo(BaselineBound.EXACT);
		assertThat(found.coordinating()).extracting(c -> c.position().getId()).containsExactly(allStaff.id(), oneStop.id());
		assertThat(found.deadlineOn(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(plans.findById(plan.id()).orElseThrow().rules()).hasSize(1);
		assertThat(positions.resolve("Văn phòng - Thống kê").id()).isEqualTo(lead.id());
	}

	@Test
	void theCurrentPlansItemsAreReadAsSpringDataLoadsThemWithEveryCoordinatorInOrder() {
		var unit = units.add("UBND xã Phổ Châu");
		// Positions while the unit is the only one: with two, a position needs its unit bound.
		var a = positions.resolve("Công chức Văn hóa - Xã hội");
		var b = positions.resolve("Công chức Tư pháp - Hộ tịch");
		var c = positions.resolve("Bộ phận Một cửa xã");
		var other = units.add("UBND phường Khác");
		var lastYear = plan(unit.id(), 2023);
		var current = plan(unit.id(), 2024);
		var others = plan(other.id(), 2024);
		item(lastYear, "1.1", 1, List.of(a));
		var second = item(current, "1.2", 2, List.of(c, a, b));
		var first = item(current, "1.1", 1, List.of(b));
		var none = item(current, "2.1", 3, List.of());
		items.save(item(current, "2.2", 4, List.of(a)).withWithdrawnAt(Instant.parse("2024-05-01T00:00:00Z")));
		item(others, "1.1", 1, List.of(c));

		var springData = items.findAllById(List.of(first.id(), second.id(), none.id()));
		var byId = new java.util.HashMap<Long, PlanItem>();
		springData.forEach(item -> byId.put(item.id(), item));

		assertThat(items.findCurrent(unit.id())).containsExactly(byId.get(first.id()), byId.get(second.id()),
				byId.get(none.id()));
		assertThat(items.findActiveByPlan(current)).containsExactly(byId.get(first.id()), byId.get(second.id()),
				byId.get(none.id()));
		assertThat(items.findCurrentByCode(unit.id(), "1.2")).contains(byId.get(second.id()));
		assertThat(byId.get(second.id()).coordinating()).extracting(co -> co.position().getId())
			.containsExactly(c.id(), a.id(), b.id());
		assertThat(items.findCurrentByCode(unit.id(), "2.2")).isEmpty();
		assertThat(items.findCurrent(units.add("UBND xã Chưa Có Kế Hoạch").id())).isEmpty();
	}

	private long plan(long unitId, int year) {
		return plans.save(new Plan(null, AggregateReference.to(unitId), null, "Kế hoạch khắc phục " + year, year, null,
				"plan-" + year + ".txt", Instant.parse(year + "-03-01T00:00:00Z"), List.of(), List.of())).id();
	}

	private PlanItem item(long planId, String code, int ordinal, List<Position> coordinating) {
		return items.save(new PlanItem(null, AggregateReference.to(planId), code, ordinal, code.substring(0, 1),
				"Mục " + code, new Baseline("Đạt 90%", new BigDecimal("90"), BaselineBound.EXACT),
				new Target("Đạt 100%", TargetKind.PERCENT, Comparator.GE, new BigDecimal("100"), "%", false),
				coordinating.isEmpty() ? null : AggregateReference.to(coordinating.get(0).id()), "Văn phòng - Thống kê",
				null, null,
				coordinating.stream().map(p -> new PlanItem.Coordinator(AggregateReference.<Position, Long>to(p.id()))).toList(),
				new Timeframe("Năm " + ordinal, 2024, false), LocalDate.of(2024, 12, 31)));
	}
}
