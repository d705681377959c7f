/**
 * What the leaders and the coordinator read: the weekly summary (as data, with its chart),
 * reminders, status queries, the leadership group, the .xlsx export and the weekly scheduler.
 * Produces data and plain text; the chat words it and a transport renders it.
 */
@ApplicationModule(displayName = "Reports", allowedDependencies = { "people", "plan", "progress" })
package vn.cchc.troly.report;

import org.springframework.modulith.ApplicationModule;
