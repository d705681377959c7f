package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.cchc.troly.PlanFixture;
import vn.cchc.troly.RepositoryTest;
import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.RedeemOutcome;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.people.Unit;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.progress.FigureOutcome;
import vn.cchc.troly.progress.ProgressManagement;

/**
 * The province's ranking over five units in one database, on Friday 27/11/2026 16:00 (the
 * reporting period runs from 20/11):
 * <pre>
 * Phổ Châu   the report scenario's 8 items: 7 numeric, 🟢 1 (4)          🔴 2 (3.1, 3.4), ⌛ 1 (3.1)  1/7
 * Phổ An     the seed's 5 items: 2.2 = 99 🟢, 3.4 = 80 🟢 (25/11)                                    2/4
 * Trương Quang Trọng  2.2 = 99 🟢 on 02/11 only: nothing this period ⏰                              1/4
 * Phổ Thạnh  2.2 = 99 🟢, 3.4 = 50 🔴 (25/11)                           🔴 1                        1/4
 * Phổ Vinh   no plan
 * </pre>
 */
@RepositoryTest
@Import(ReportTestConfiguration.class)
class ProvinceStandingsTests {

	static final String PHO_CHAU = "UBND xã Phổ Châu";
	static final String PHO_AN = "UBND xã Phổ An";
	static final String TQT = "UBND phường Trương Quang Trọng";
	static final String PHO_THANH = "UBND xã Phổ Thạnh";
	static final String PHO_VINH = "UBND xã Phổ Vinh";

	@Autowired ProvinceStandings standings;
	@Autowired ProvinceChart chart;
	@Autowired PlanFixture fixture;
	@Autowired PeopleManagement people;
	@Autowired ProgressManagement progress;
	@Autowired UnitScope scope;
	@Autowired ReportScenario scenario;
	@Autowired ReportQueries queries;

	private long nextUser = 500;

	@BeforeEach
	void fiveUnits() {
		scenario.givenThePlanAndItsPeople().givenTheWeekSoFar(null);
		var phoAn = unitWithPlan(PHO_AN);
		var tqt = unitWithPlan(TQT);
		var phoThanh = unitWithPlan(PHO_THANH);
		fixture.unit(PHO_VINH);

		scenario.at("2026-11-02T09:00");
		figures(tqt, "2.2", "99");
		scenario.at("2026-11-25T09:00");
		figures(phoAn, "2.2", "99", "3.4", "80");
		figures(phoThanh, "2.2", "99", "3.4", "50");
		scenario.at("2026-11-27T16:00");
	}

	@Test
	void bestShareMetFirstTiesByFewerRedOrOverdueTheUnitsWithoutAPlanLast() {
		var overview = standings.overview();

		assertThat(overview.today()).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(overview.periodFrom()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(overview.units())
			.extracting(UnitStanding::unitName, u -> u.numeric().met(), u -> u.numeric().total(), UnitStanding::red,
					UnitStanding::overdue, UnitStanding::nothingReported, UnitStanding::hasPlan)
			.containsExactly(tuple(PHO_AN, 2, 4, 0, 0, false, true),
					tuple(TQT, 1, 4, 0, 0, true, true),
					tuple(PHO_THANH, 1, 4, 1, 0, false, true),
					tuple(PHO_CHAU, 1, 7, 2, 1, false, true),
					tuple(PHO_VINH, 0, 0, 0, 0, false, false));
		assertThat(overview.units().get(0).sharePercent()).isEqualByComparingTo("50");
		assertThat(overview.units().get(3).sharePercent()).isEqualByComparingTo("14");
		assertThat(overview.units().get(3).numeric()).isEqualTo(new UnitStanding.Numeric(7, 1, 1, 2, 3));
		assertThat(overview.units().get(3).items()).isEqualTo(8);
		assertThat(overview.ranked()).hasSize(4);
		assertThat(overview.withoutPlan()).extracting(UnitStanding::unitName).containsExactly(PHO_VINH);
		assertThat(overview.nothingReported()).extracting(UnitStanding::unitName).containsExactly(TQT);
		assertThat(overview.red()).isEqualTo(3);
		assertThat(overview.overdue()).isEqualTo(1);
	}

	@Test
	void eachUnitIsJudgedAsItsOwnScreenJudgesIt() {
		var phoChau = standings.overview().units().stream().filter(u -> u.unitName().equals(PHO_CHAU)).findFirst()
			.orElseThrow();
		var own = scope.within(fixture.unit(PHO_CHAU).unitId(), () -> queries.overview().counts());

		assertThat(phoChau.items()).isEqualTo(own.total());
		assertThat(phoChau.red()).isEqualTo(own.notMet());
		assertThat(phoChau.overdue()).isEqualTo(own.overdue());
	}

	@Test
	void aHundredUnitsChartTheFirstAndLastEightReadablyOnAPhone() throws Exception {
		var units = new ArrayList<UnitStanding>();
		for (int i = 0; i < 100; i++) {
			var met = 100 - i;
			units.add(new UnitStanding(i + 1, "UBND xã Số " + (i + 1), (long) i + 1, 100,
					new UnitStanding.Numeric(100, met, 0, 100 - met, 0), 100 - met, 0, 100 - met, Instant.EPOCH, false));
		}
		var digest = new ProvinceDigest("2026-W48", Instant.parse("2026-11-27T09:00:00Z"),
				new ProvinceOverview(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 20), units));
		var vi = Locale.forLanguageTag("vi");

		var rows = chart.rows(digest.overview(), vi);
		var png = chart.render(digest, vi);

		assertThat(rows).hasSize(2 * ProvinceChart.EACH_END + 1);
		assertThat(rows.get(0).prefix() + rows.get(0).name() + rows.get(0).suffix()).isEqualTo("1. UBND xã Số 1 · 100% (100/100)");
		assertThat(rows.get(ProvinceChart.EACH_END).numeric()).isNull();
		assertThat(rows.get(ProvinceChart.EACH_END).name()).isEqualTo("… 84 đơn vị xếp thứ 9–92");
		assertThat(rows.get(rows.size() - 1).name()).isEqualTo("UBND xã Số 100");
		var image = ImageIO.read(new ByteArrayInputStream(png));
		Files.createDirectories(Path.of("target/artifacts"));
		Files.write(Path.of("target/artifacts/province-chart.png"), png);
		assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
		assertThat(image.getHeight()).as("within what Telegram shows unshrunk").isLessThanOrEqualTo(1280);
		assertThat(chart.caption(digest, vi)).startsWith("Tuần 48/2026: ");
	}

	/** A unit with the seed's five items and its Văn phòng - Thống kê (who leads 2.2 and 3.4), registered on 01/11. */
	private Official unitWithPlan(String name) {
		var unit = fixture.unit(name);
		return scope.within(unit.unitId(), () -> {
			fixture.seed(name);
			var invite = (InviteOutcome.Created) people.createInvite(PlanFixture.OFFICE, Role.OFFICIAL, null);
			var registered = (RedeemOutcome.Registered) people.redeem(invite.code(), nextUser++, "Văn phòng " + name, null);
			return registered.official();
		});
	}

	/** The official's figures, in their unit: code, value, code, value… */
	private void figures(Official official, String... codesAndValues) {
		scope.run(official.unit().orElseThrow(), () -> {
			for (int i = 0; i < codesAndValues.length; i += 2) {
				assertThat(progress.recordFigure(official, codesAndValues[i], codesAndValues[i + 1]))
					.isInstanceOf(FigureOutcome.Recorded.class);
			}
		});
	}
}
