package vn.cchc.troly;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.cchc.troly.operator.OperatorMode;

/**
 * Trợ lý CCHC: a Telegram assistant for a commune's plan to remedy administrative-reform
 * shortcomings. Each direct sub-package is a Spring Modulith module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TroLyCchcApplication {

	/** The commune's time zone; every date a user sees is in it. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	public static void main(String[] args) {
		loopbackOnlyDatabaseServer();
		var application = new SpringApplication(TroLyCchcApplication.class);
		if (OperatorMode.isOperatorCommand(args)) {
			// An operator job (plan-check, plan-import, invite, …): run it, then exit with its code.
			application.setDefaultProperties(OperatorMode.settings());
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

	/**
	 * The default database URL has AUTO_SERVER=TRUE, so that {@code backup} can reach the database
	 * of a running bot: H2 then serves it on a TCP port, which must listen on 127.0.0.1 only. H2
	 * reads this setting once, when its classes load: set before anything touches H2.
	 */
	static void loopbackOnlyDatabaseServer() {
		System.setProperty("h2.bindAddress", "127.0.0.1");
	}

	/**
	 * The module listeners (a summary's chart, notices to other people) run on Spring's task executor:
	 * background work, at the lowest thread priority, so an official waiting for an answer goes first.
	 * Java passes priorities to Linux only with {@code -XX:ThreadPriorityPolicy=1}
	 * (docs/performance.md, section 6); without it this changes nothing.
	 */
	@Bean
	ThreadPoolTaskExecutorCustomizer backgroundListeners() {
		return executor -> executor.setThreadPriority(Thread.MIN_PRIORITY);
	}

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

	/**
	 * Plain SQL names: Spring Data JDBC quotes identifiers by default, and H2 then looks for
	 * upper-case columns in lower-case tables. Unquoted, the same migrations and mappings serve
	 * H2 and PostgreSQL alike. Declared here so repository test slices get it too.
	 */
	@Bean
	static BeanPostProcessor unquotedSqlIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}
}
