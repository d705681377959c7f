package vn.cchc.troly.report;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import vn.cchc.troly.PlanFixture;
import vn.cchc.troly.TestClock;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.PeopleSettings;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.progress.EvidenceSettings;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.ProgressSettings;

/**
 * The report module with the plan, people and progress modules it reads, on a repository slice,
 * with the texts and a clock tests move. The scheduler stays off: tests call the jobs.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ReportSettings.class, ProgressSettings.class, PeopleSettings.class,
		EvidenceSettings.class })
// Scanning reaches test classes in these packages too: leave other tests' own configurations out.
@ComponentScan(basePackageClasses = { Summaries.class, ProgressManagement.class, PlanItems.class,
		PeopleManagement.class }, excludeFilters = @ComponentScan.Filter(TestConfiguration.class))
@ImportAutoConfiguration({ MessageSourceAutoConfiguration.class, JacksonAutoConfiguration.class })
@Import({ PlanFixture.class, TestClock.Config.class, ReportScenario.class })
@TestPropertySource(properties = "troly.report.scheduling-enabled=false")
class ReportTestConfiguration {
}
