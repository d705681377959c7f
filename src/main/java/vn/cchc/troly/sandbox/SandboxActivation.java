package vn.cchc.troly.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.UUID;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import vn.cchc.troly.TroLyCchcApplication;

/**
 * Decides, before any bean exists, whether this run is the sandbox; if so starts the Bot API
 * server on 127.0.0.1 and points the unchanged bot at it with a sandbox token, and the database
 * at the sandbox's own file. Registered in META-INF/spring.factories.
 * <p>
 * The decision waits for the first bean factory post-processing step: by then every property
 * source is in place (test properties included), and the bot's own condition (a token is set)
 * has not been evaluated yet.
 */
class SandboxActivation implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String ACTIVE = "troly.sandbox.active";
	static final String SERVER_BEAN = "sandboxBotApiServer";
	private static final String PROPERTY_SOURCE = "sandbox";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.addBeanFactoryPostProcessor(new Decision(context.getEnvironment()));
	}

	/** The sandbox runs when nothing asks for the real bot or for an operator job, and nobody switched it off. */
	static boolean wanted(Environment environment) {
		return environment.getProperty("troly.sandbox.enabled", Boolean.class, true)
				&& !environment.getProperty("troly.operator-mode", Boolean.class, false)
				&& environment.getProperty("telegrambots.enabled", Boolean.class, true)
				&& !StringUtils.hasText(environment.getProperty("troly.telegram.token"));
	}

	private static final class Decision implements BeanDefinitionRegistryPostProcessor {

		private final ConfigurableEnvironment environment;
		private MapPropertySource properties;

		Decision(ConfigurableEnvironment environment) {
			this.environment = environment;
		}

		@Override
		public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
			if (!wanted(environment)) {
				return;
			}
			var settings = Binder.get(environment).bindOrCreate("troly.sandbox", SandboxSettings.class);
			var values = new HashMap<String, Object>();
			values.put(ACTIVE, "true");
			// A token of the bot's own, fresh each run: the sandbox never holds a real one.
			values.put("troly.telegram.token", "7000000001:sandbox-" + UUID.randomUUID());
			values.put("troly.telegram.bot-username", settings.botUsername());
			values.put("troly.people.invite-link-base", "https://t.me/" + settings.botUsername() + "?start=");
			values.put("spring.datasource.url", settings.databaseUrl());
			// The sandbox's evidence files stay apart from the real ones, like its database.
			values.put("troly.evidence.folder", environment.getProperty("troly.evidence.folder", "./data/evidence") + "-sandbox");
			if (!settings.schedule()) {
				values.put("troly.report.scheduling-enabled", "false");
			}
			properties = new MapPropertySource(PROPERTY_SOURCE, values);
			environment.getPropertySources().addFirst(properties);
		}

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			if (properties == null) {
				return;
			}
			var server = BotApiServer.start((String) properties.getProperty("troly.telegram.token"),
					(String) properties.getProperty("troly.telegram.bot-username"), Clock.system(TroLyCchcApplication.ZONE));
			properties.getSource().put("troly.telegram.api-url", server.baseUrl());
			var definition = new RootBeanDefinition(BotApiServer.class, () -> server);
			definition.setDestroyMethodName("close");
			((BeanDefinitionRegistry) beanFactory).registerBeanDefinition(SERVER_BEAN, definition);
			// Created now, so a start that fails later still closes it.
			beanFactory.getBean(SERVER_BEAN);
			// Polling stops before its server does.
			for (var name : new String[] { "telegramBotsApplication" }) {
				if (beanFactory.containsBeanDefinition(name)) {
					var bot = beanFactory.getBeanDefinition(name);
					var dependsOn = new ArrayList<>(
							Arrays.asList(bot.getDependsOn() == null ? new String[0] : bot.getDependsOn()));
					dependsOn.add(SERVER_BEAN);
					bot.setDependsOn(dependsOn.toArray(String[]::new));
				}
			}
		}
	}
}
