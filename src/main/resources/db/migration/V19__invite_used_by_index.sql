-- When an item's lead got the position (the invite they redeemed for it) is read with every item's
-- status, for ⏰ (ItemStarts), by the official who used the invite. H2 indexes the foreign key by
-- itself; PostgreSQL does not, and would read every invite for every holder of every lead position.
create index ix_invite_used_by on invite (used_by, position_id);
