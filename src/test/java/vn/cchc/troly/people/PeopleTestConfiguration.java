package vn.cchc.troly.people;

import java.util.HashSet;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.troly.PlanFixture;
import vn.cchc.troly.TestClock;

/** The people module on a repository slice, with the plan fixture and a clock tests move. */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(PeopleSettings.class)
@Import({ PeopleManagement.class, Positions.class, UnitScope.class, Units.class, PlanFixture.class, TestClock.Config.class })
public class PeopleTestConfiguration {

	/** The positions the plan tables name; in the application the progress module answers this. */
	@Bean
	PlanPositions planPositions(JdbcTemplate jdbc) {
		return () -> new HashSet<>(jdbc.queryForList("""
				select lead_position_id from plan_item where lead_position_id is not null
				union select position_id from plan_item_coordinator
				""", Long.class));
	}
}
