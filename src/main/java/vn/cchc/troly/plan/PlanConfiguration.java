package vn.cchc.troly.plan;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The plan module registers its own settings, so that any context holding its services (the
 * application, a slice of another module's tests) has them; the application's properties scan
 * finds the same bean and does not register it twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlanSettings.class)
class PlanConfiguration {
}
