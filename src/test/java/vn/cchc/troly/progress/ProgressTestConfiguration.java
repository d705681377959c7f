package vn.cchc.troly.progress;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

import vn.cchc.troly.PlanFixture;
import vn.cchc.troly.TestClock;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.PeopleSettings;
import vn.cchc.troly.people.Positions;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.PlanNamedPositions;

/** The progress module with the plan and people services it uses, on a repository slice. */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ProgressSettings.class, EvidenceSettings.class, ExplanationSettings.class,
		PeopleSettings.class })
@Import({ ProgressManagement.class, EvidenceKeeping.class, EvidenceStore.class, ItemSituation.class, ItemProgress.class, ItemStarts.class, StatusRule.class, Responsibilities.class,
		PlanNamedPositions.class, PlanItems.class, PeopleManagement.class, Positions.class, UnitScope.class, Units.class, PlanFixture.class,
		TestClock.Config.class })
class ProgressTestConfiguration {
}
