-- Where each item stands, per year (Asia/Ho_Chi_Minh): an index of progress_report, which stays
-- append-only and is the only truth. Written in the transaction of each report (ItemProgress), so
-- an item's status reads one row per year instead of every report on the item. A row can always be
-- rebuilt from progress_report; an undo rebuilds the row of the undone report's year.
create table item_progress (
    plan_item_id        bigint  not null references plan_item (id),
    report_year         integer not null,
    -- the latest figure of the year without the last-year flag, not undone
    figure_id           bigint references progress_report (id),
    figure_at           timestamp with time zone,
    -- the latest figure of the year flagged as last year's result (#namtruoc), not undone
    last_year_figure_id bigint references progress_report (id),
    last_year_figure_at timestamp with time zone,
    -- the latest note of the year, not undone, and how many of the year's notes say done
    note_id             bigint references progress_report (id),
    note_at             timestamp with time zone,
    done_notes          integer not null,
    -- the latest figure or note of the year, not undone
    last_report_at      timestamp with time zone,
    constraint pk_item_progress primary key (plan_item_id, report_year)
);

-- Existing reports: the same rows ItemProgress.rebuild() writes.
insert into item_progress (plan_item_id, report_year, done_notes, last_report_at)
select r.plan_item_id, r.report_year, count(case when r.kind = 'NOTE' and r.done then 1 end), max(r.reported_at)
from (
    select s.plan_item_id, s.kind, s.done, s.reported_at,
           cast(extract(year from s.reported_at at time zone 'Asia/Ho_Chi_Minh') as integer) as report_year
    from progress_report s
    where s.kind <> 'UNDO' and not exists (select 1 from progress_report u where u.undoes_id = s.id)
) r
group by r.plan_item_id, r.report_year;

update item_progress set
    figure_id = (
        select r.id from progress_report r
        where r.plan_item_id = item_progress.plan_item_id and r.kind = 'FIGURE' and r.last_year = false
          and cast(extract(year from r.reported_at at time zone 'Asia/Ho_Chi_Minh') as integer) = item_progress.report_year
          and not exists (select 1 from progress_report u where u.undoes_id = r.id)
        order by r.reported_at desc, r.id desc fetch first 1 rows only),
    last_year_figure_id = (
        select r.id from progress_report r
        where r.plan_item_id = item_progress.plan_item_id and r.kind = 'FIGURE' and r.last_year = true
          and cast(extract(year from r.reported_at at time zone 'Asia/Ho_Chi_Minh') as integer) = item_progress.report_year
          and not exists (select 1 from progress_report u where u.undoes_id = r.id)
        order by r.reported_at desc, r.id desc fetch first 1 rows only),
    note_id = (
        select r.id from progress_report r
        where r.plan_item_id = item_progress.plan_item_id and r.kind = 'NOTE'
          and cast(extract(year from r.reported_at at time zone 'Asia/Ho_Chi_Minh') as integer) = item_progress.report_year
          and not exists (select 1 from progress_report u where u.undoes_id = r.id)
        order by r.reported_at desc, r.id desc fetch first 1 rows only);

update item_progress set
    figure_at = (select r.reported_at from progress_report r where r.id = item_progress.figure_id),
    last_year_figure_at = (select r.reported_at from progress_report r where r.id = item_progress.last_year_figure_id),
    note_at = (select r.reported_at from progress_report r where r.id = item_progress.note_id);
