/**
 * The commune's remedy plan: units, plans, sections, items and their targets, read from a text or
 * .docx document. {@link vn.cchc.troly.plan.PlanManagement} imports and checks plans,
 * {@link vn.cchc.troly.plan.PlanItems} reads the current plan's items for every other module.
 */
@ApplicationModule(displayName = "Plan", allowedDependencies = "people")
package vn.cchc.troly.plan;

import org.springframework.modulith.ApplicationModule;
