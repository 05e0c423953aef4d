-- An assignment is a record of the chain: once written, what it decided and why cannot change, nor can it be
-- deleted. Only its life after the decision moves: the case leaving the bailiff (activeDocumentId, endedAt,
-- endReason, on redistribution or replacement). Verification (verifyAssignment, the evenness report's replay)
-- still recomputes every decision from the record; this makes the record unalterable short of disabling the
-- trigger, so a replay that reached a point of the chain need not check what lies before it again.
CREATE FUNCTION "assignment_record_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'An assignment of the chain cannot be deleted (assignment %, sequence %)', OLD."id", OLD."sequence";
  END IF;
  IF (NEW."id", NEW."chamberId", NEW."documentId", NEW."bailiffId", NEW."kind", NEW."policyId", NEW."pool", NEW."rosterId", NEW."seed",
      NEW."sequence", NEW."previousHash", NEW."hash", NEW."reason", NEW."breachDecisionId", NEW."assignedById", NEW."assignedAt")
     IS DISTINCT FROM
     (OLD."id", OLD."chamberId", OLD."documentId", OLD."bailiffId", OLD."kind", OLD."policyId", OLD."pool", OLD."rosterId", OLD."seed",
      OLD."sequence", OLD."previousHash", OLD."hash", OLD."reason", OLD."breachDecisionId", OLD."assignedById", OLD."assignedAt") THEN
    RAISE EXCEPTION 'An assignment of the chain cannot be altered (assignment %, sequence %): only its end may be recorded', OLD."id", OLD."sequence";
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Assignment_record_immutable" BEFORE UPDATE OR DELETE ON "Assignment"
  FOR EACH ROW EXECUTE FUNCTION "assignment_record_immutable"();
