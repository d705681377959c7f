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
}
