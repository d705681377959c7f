/**
 * Command-line jobs on the same jar without the bot: plan-check, plan-import, invite, backup,
 * restore, health. Each calls the modules' public APIs.
 */
@ApplicationModule(displayName = "Operator commands", allowedDependencies = { "plan", "people" })
package vn.cchc.troly.operator;

import org.springframework.modulith.ApplicationModule;
