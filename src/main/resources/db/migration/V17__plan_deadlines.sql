-- The plan's own deadline for each item, read from its time frame ("Quý II/2025" is 2025-06-30),
-- and how often it comes round again (YEAR, QUARTER, MONTH; null for a one-off deadline). The
-- coordinator's deadline (/han) stays in plan_item.deadline, apart, so a re-import keeps it.
alter table plan_item add column timeframe_deadline date;
alter table plan_item add column timeframe_repeats varchar(10);

-- Items imported before: what their deadline was then, 31/12 of the time frame's year, each year
-- when it recurs.
update plan_item set timeframe_repeats = 'YEAR' where timeframe_recurring = true;
update plan_item set timeframe_deadline = cast(cast(timeframe_from_year as varchar(4)) || '-12-31' as date)
    where timeframe_from_year is not null;

-- The current plan of a unit is its latest year's.
create index ix_plan_unit_year on plan (unit_id, plan_year);
