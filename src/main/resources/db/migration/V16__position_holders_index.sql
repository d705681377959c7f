-- Who holds a position (PeopleManagement.holders, for every summary, overview and reminder run) is
-- looked up by position. The primary key (official_id, position_id) cannot serve that; H2 indexes the
-- foreign key by itself, PostgreSQL does not, and would read every holder of every position.
create index ix_official_position_position on official_position (position_id);
