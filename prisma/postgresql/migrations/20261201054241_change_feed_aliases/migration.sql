-- An official shows its aliases as its own (Official.aliases), and a report can add or take away
-- an alias without changing the Official row: note the official as updated, like the other part
-- rows of change_feed.
CREATE TRIGGER "Alias_change_ai" AFTER INSERT ON "Alias" FOR EACH ROW EXECUTE FUNCTION diplograph_part_changed('Official', 'officialId');

CREATE TRIGGER "Alias_change_au" AFTER UPDATE ON "Alias" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_part_changed('Official', 'officialId');

CREATE TRIGGER "Alias_change_ad" AFTER DELETE ON "Alias" FOR EACH ROW EXECUTE FUNCTION diplograph_part_changed('Official', 'officialId');
