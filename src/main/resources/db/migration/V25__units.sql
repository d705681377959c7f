-- Units (issue 15): one installation serves many communes and wards. Positions, officials, invites,
-- the leadership group and the summaries sent belong to a unit; plans did already. A row with no unit
-- is the province's (its officials hold no items, its group gets the province digest).

-- A unit's own schedule and language; null takes the installation's (troly.report.*, Vietnamese).
-- A unit made before any plan named it (the first invite of a fresh installation) has no name yet:
-- the first plan imported into it names it.
alter table admin_unit alter column name drop not null;
alter table admin_unit add column summary_cron varchar(100);
alter table admin_unit add column reminder_cron varchar(100);
alter table admin_unit add column language varchar(10);

-- An installation that invited people before importing a plan has positions but no unit: it gets its one.
insert into admin_unit (name, time_zone)
select distinct cast(null as varchar(200)), 'Asia/Ho_Chi_Minh' from job_position
where not exists (select 1 from admin_unit);

-- Everything that exists belongs to the unit the installation worked on: the unit of its current plan
-- (the latest year's, imported last), else its only unit. Other units (a second commune's plan
-- imported into a one-commune install) keep their plans and gain people through invites.
alter table job_position add column unit_id bigint references admin_unit (id);
alter table official add column unit_id bigint references admin_unit (id);
alter table invite add column unit_id bigint references admin_unit (id);
alter table leadership_group add column unit_id bigint references admin_unit (id);
alter table sent_summary add column unit_id bigint references admin_unit (id);

update job_position set unit_id = coalesce(
    (select p.unit_id from plan p order by p.plan_year desc, p.imported_at desc, p.id desc fetch first 1 rows only),
    (select min(u.id) from admin_unit u));
update official set unit_id = (select min(j.unit_id) from job_position j);
update invite set unit_id = (select min(j.unit_id) from job_position j);
update leadership_group set unit_id = (select min(j.unit_id) from job_position j);
update sent_summary set unit_id = (select min(j.unit_id) from job_position j);

-- A position is a unit's own: two communes both have a "Văn phòng - Thống kê".
alter table job_position drop constraint uq_job_position_match_key;
alter table job_position add constraint uq_job_position_unit_match_key unique (unit_id, match_key);

create index ix_official_unit on official (unit_id);
create index ix_leadership_group_unit on leadership_group (unit_id, set_at);
