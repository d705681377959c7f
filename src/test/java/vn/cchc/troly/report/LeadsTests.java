package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.cchc.troly.PlanFixture;
import vn.cchc.troly.RepositoryTest;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.PositionHolders;
import vn.cchc.troly.people.Positions;
import vn.cchc.troly.plan.PlanItems;

/** A plan's lead and coordinating positions with their holders, read in one query. */
@RepositoryTest
@Import(ReportTestConfiguration.class)
class LeadsTests {

	@Autowired Leads leads;
	@Autowired PlanFixture fixture;
	@Autowired PeopleManagement people;
	@Autowired Positions positions;
	@Autowired PlanItems planItems;

	@Autowired ReportScenario scenario;

	@BeforeEach
	void givenThePlanAndItsPeople() {
		scenario.givenThePlanAndItsPeople();
	}

	@Test
	void everyPositionOfThePlanHasTheNameAndActiveHoldersReadingThemOneByOneGives() {
		var ids = new HashSet<Long>();
		planItems.current().forEach(item -> {
			ids.add(item.leadPosition().getId());
			item.coordinating().forEach(c -> ids.add(c.position().getId()));
		});

		var holders = people.holders(ids);

		assertThat(holders.keySet()).containsExactlyInAnyOrderElementsOf(ids);
		for (var id : ids) {
			assertThat(holders.get(id).name()).isEqualTo(positions.byId(id).orElseThrow().name());
			assertThat(holders.get(id).holders()).extracting(PositionHolders.Holder::id, PositionHolders.Holder::displayName,
					PositionHolders.Holder::telegramUserId)
				.containsExactlyElementsOf(people.holding(id).stream()
					.map(o -> tuple(o.id(), o.displayName(), o.telegramUserId()))
					.toList());
		}
	}

	@Test
	void aLeftOfficialLeadsNothingAndAPositionNobodyHoldsHasNoLeads() {
		var culture = fixture.position(PlanFixture.CULTURE).id();
		var land = fixture.position(ReportScenario.LAND).id();

		var holders = people.holders(List.of(culture, land, -1L));

		// Bình has left: Minh alone leads culture; nobody registered holds the land position; -1 is no position.
		assertThat(holders.get(culture).holders()).extracting(PositionHolders.Holder::displayName).containsExactly("Minh");
		assertThat(holders.get(land).name()).isEqualTo(ReportScenario.LAND);
		assertThat(holders.get(land).holders()).isEmpty();
		assertThat(holders).doesNotContainKey(-1L);
		assertThat(people.holders(List.of())).isEmpty();
	}

	@Test
	void theDirectoryNamesEachItemsLeadsPositionAndCoordinators() {
		var items = planItems.current();

		var directory = leads.directory(items);

		var item22 = scenario.seed.item("2.2");
		assertThat(directory.leadNames(item22)).containsExactly("Lan");
		assertThat(directory.leadPosition(item22)).isEqualTo(PlanFixture.OFFICE);
		assertThat(directory.coordinating(item22)).containsExactly(PlanFixture.ALL_STAFF, PlanFixture.ONE_STOP);
		assertThat(directory.leadNames(scenario.seed.item("1.1"))).containsExactly("Minh");
		assertThat(directory.leadNames(scenario.seed.item("3.5"))).isEmpty();
		assertThat(directory.notReported(List.of()).leads()).isEmpty();
		assertThat(directory.leadsOf(scenario.seed.item("4"))).extracting(PositionHolders.Holder::id)
			.containsExactly(scenario.tam.id());
	}
}
