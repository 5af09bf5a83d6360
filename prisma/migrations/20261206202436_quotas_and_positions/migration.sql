-- CreateEnum
CREATE TYPE "QuotaPeriod" AS ENUM ('YEAR', 'MONTH');

-- AlterTable
ALTER TABLE "quota_plans" ADD COLUMN     "is_article_for_news_allowed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "issued_on" DATE,
ADD COLUMN     "reference_date" DATE;

-- AlterTable
ALTER TABLE "quota_rules" ADD COLUMN     "period" "QuotaPeriod" NOT NULL DEFAULT 'YEAR';

-- CreateTable
CREATE TABLE "position_spells" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "position" "Position" NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "valid_from" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "position_spells_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "position_spells_user_id_valid_from_key" ON "position_spells"("user_id", "valid_from");

-- CreateIndex
CREATE UNIQUE INDEX "quota_rules_plan_id_subject_position_unit_kind_period_key" ON "quota_rules"("plan_id", "subject", "position", "unit_kind", "period");

-- AddForeignKey
ALTER TABLE "position_spells" ADD CONSTRAINT "position_spells_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position_spells" ADD CONSTRAINT "position_spells_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: one rule per plan, subject, position/unit kind and period.
-- The unique index above lets NULLs repeat (a UNIT rule has no position, a
-- PERSON rule no unit kind), so each subject gets a partial one as well
-- (NULLS NOT DISTINCT would need PostgreSQL 15).
CREATE UNIQUE INDEX "quota_rules_person_rule_key" ON "quota_rules"("plan_id", "position", "period") WHERE "subject" = 'PERSON';
CREATE UNIQUE INDEX "quota_rules_unit_rule_key" ON "quota_rules"("plan_id", "unit_kind", "period") WHERE "subject" = 'UNIT';

-- Hand-written: everyone's present position, held "since always" (the past
-- is unknown); from now on every change of users.position or users.unit_id,
-- by any path, opens a new spell.
INSERT INTO "position_spells" ("user_id", "position", "unit_id", "valid_from")
SELECT "id", "position", "unit_id", TIMESTAMPTZ '1970-01-01 00:00:00+00' FROM "users";

CREATE FUNCTION record_position_spell() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.position IS DISTINCT FROM OLD.position OR NEW.unit_id IS DISTINCT FROM OLD.unit_id THEN
    INSERT INTO position_spells (user_id, position, unit_id, valid_from)
    VALUES (NEW.id, NEW.position, NEW.unit_id, now())
    ON CONFLICT (user_id, valid_from) DO UPDATE SET position = EXCLUDED.position, unit_id = EXCLUDED.unit_id;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER users_position_spell
AFTER INSERT OR UPDATE OF position, unit_id ON users
FOR EACH ROW EXECUTE FUNCTION record_position_spell();

