-- A report that names an official or organisation adds evidence to that node (its
-- evidence field), and deleting or re-extracting the report takes it away, without changing the row of the
-- node itself: note the node as updated, like the other part rows of change_feed. Evidence of facts
-- (positions, meetings, proposals, agreements, targets) is written with its fact, whose own
-- triggers report it. The WHEN clauses keep those rows from calling the function at all.
CREATE TRIGGER "Evidence_official_change_ai" AFTER INSERT ON "Evidence" FOR EACH ROW WHEN (NEW."officialId" IS NOT NULL) EXECUTE FUNCTION diplograph_part_changed('Official', 'officialId');

CREATE TRIGGER "Evidence_official_change_au" AFTER UPDATE ON "Evidence" FOR EACH ROW WHEN ((OLD."officialId" IS NOT NULL OR NEW."officialId" IS NOT NULL) AND OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_part_changed('Official', 'officialId');

CREATE TRIGGER "Evidence_official_change_ad" AFTER DELETE ON "Evidence" FOR EACH ROW WHEN (OLD."officialId" IS NOT NULL) EXECUTE FUNCTION diplograph_part_changed('Official', 'officialId');

CREATE TRIGGER "Evidence_organization_change_ai" AFTER INSERT ON "Evidence" FOR EACH ROW WHEN (NEW."organizationId" IS NOT NULL) EXECUTE FUNCTION diplograph_part_changed('Organization', 'organizationId');

CREATE TRIGGER "Evidence_organization_change_au" AFTER UPDATE ON "Evidence" FOR EACH ROW WHEN ((OLD."organizationId" IS NOT NULL OR NEW."organizationId" IS NOT NULL) AND OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION diplograph_part_changed('Organization', 'organizationId');

CREATE TRIGGER "Evidence_organization_change_ad" AFTER DELETE ON "Evidence" FOR EACH ROW WHEN (OLD."organizationId" IS NOT NULL) EXECUTE FUNCTION diplograph_part_changed('Organization', 'organizationId');
