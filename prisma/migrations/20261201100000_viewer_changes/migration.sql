-- Every change to what a signed-in user's viewer is made of (the user, their role grants, a chamber's region)
-- is announced on the channel "oryndau_viewer" when it commits: the payload is the ids of the users concerned,
-- comma-separated, or "*" for a change too large to list. API instances keep viewers in memory only while they
-- listen, and forget the users named (apps/api/src/auth/viewer-cache.ts). Statement-level triggers: a bulk load
-- sends one notification per statement, not one per row.
CREATE FUNCTION "notify_viewer_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids TEXT[];
BEGIN
  IF TG_TABLE_NAME = 'User' THEN
    SELECT array_agg(DISTINCT "id") INTO ids FROM changed;
  ELSIF TG_TABLE_NAME = 'RoleGrant' THEN
    SELECT array_agg(DISTINCT "userId") INTO ids FROM changed;
  END IF;
  IF ids IS NULL THEN
    RETURN NULL;
  ELSIF cardinality(ids) > 200 THEN
    PERFORM pg_notify('oryndau_viewer', '*');
  ELSE
    PERFORM pg_notify('oryndau_viewer', array_to_string(ids, ','));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "User_viewer_update" AFTER UPDATE ON "User" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "notify_viewer_change"();
CREATE TRIGGER "User_viewer_delete" AFTER DELETE ON "User" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "notify_viewer_change"();
CREATE TRIGGER "RoleGrant_viewer_insert" AFTER INSERT ON "RoleGrant" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "notify_viewer_change"();
CREATE TRIGGER "RoleGrant_viewer_update" AFTER UPDATE ON "RoleGrant" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "notify_viewer_change"();
CREATE TRIGGER "RoleGrant_viewer_update_old" AFTER UPDATE ON "RoleGrant" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "notify_viewer_change"();
CREATE TRIGGER "RoleGrant_viewer_delete" AFTER DELETE ON "RoleGrant" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "notify_viewer_change"();

-- A chamber moving region (rare): its officials' grants carry the region; every viewer is forgotten. Row-level, on that column only, so the
-- chamber's chain head, updated by every assignment, announces nothing.
CREATE FUNCTION "notify_chamber_region_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('oryndau_viewer', '*');
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Chamber_viewer_region" AFTER UPDATE OF "regionId" ON "Chamber" FOR EACH ROW WHEN (OLD."regionId" IS DISTINCT FROM NEW."regionId") EXECUTE FUNCTION "notify_chamber_region_change"();
