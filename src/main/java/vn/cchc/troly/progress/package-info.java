/**
 * Progress reports (append-only figures and notes), evidence, undo, and where each item stands by
 * the one status rule. {@link vn.cchc.troly.progress.ProgressManagement} records and reads;
 * reporting is done by the official the caller already holds (no second read).
 */
@ApplicationModule(displayName = "Progress", allowedDependencies = { "people", "plan" })
package vn.cchc.troly.progress;

import org.springframework.modulith.ApplicationModule;
