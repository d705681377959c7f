/**
 * Who uses the bot: positions (matched tolerantly), officials, roles and one-time invites.
 * {@link vn.cchc.troly.people.PeopleManagement} is the entry point; an official is known by
 * {@link vn.cchc.troly.people.OfficialId} and by the messenger user they registered with.
 */
@ApplicationModule(displayName = "People")
package vn.cchc.troly.people;

import org.springframework.modulith.ApplicationModule;
