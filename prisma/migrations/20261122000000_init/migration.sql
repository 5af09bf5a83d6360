-- Search: diacritic-insensitive matching needs unaccent as an IMMUTABLE
-- function so generated columns and expression indexes can use it.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE OR REPLACE FUNCTION search_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, input)) $$;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('COMMITTEE', 'DEPARTMENT', 'MASS_ORGANISATION', 'GRASSROOTS', 'CELL');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CONTRIBUTOR', 'SECRETARY', 'EDITORIAL_BOARD', 'STANDING_COMMITTEE', 'ADMINISTRATOR');

-- CreateEnum
CREATE TYPE "Position" AS ENUM ('STANDING_MEMBER', 'HEAD', 'DEPUTY', 'STAFF', 'COLLABORATOR');

-- CreateEnum
CREATE TYPE "Cadence" AS ENUM ('DAILY', 'WEEKLY', 'MONTHLY', 'NONE');

-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('NEWS', 'ARTICLE', 'PHOTO_STORY', 'VIDEO');

-- CreateEnum
CREATE TYPE "ItemStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'FORWARDED', 'SCHEDULED', 'PUBLISHED', 'REJECTED', 'UNPUBLISHED');

-- CreateEnum
CREATE TYPE "MediaKind" AS ENUM ('IMAGE', 'PDF', 'DOCX', 'VIDEO');

-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('PLAN', 'RESOLUTION', 'DIRECTIVE', 'GUIDANCE', 'CONCLUSION', 'DECISION', 'REPORT', 'OFFICIAL_LETTER', 'SCHEME');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'UNPUBLISHED');

-- CreateEnum
CREATE TYPE "QuotaSubject" AS ENUM ('PERSON', 'UNIT');

-- CreateEnum
CREATE TYPE "AuditResult" AS ENUM ('SUCCESS', 'FAILURE', 'DENIED');

-- CreateTable
CREATE TABLE "units" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "kind" "UnitKind" NOT NULL,
    "parent_id" INTEGER,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "units_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT,
    "position" "Position" NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "roles" "Role"[],
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "failed_login_count" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "totp_secret" TEXT,
    "is_totp_enabled" BOOLEAN NOT NULL DEFAULT false,
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sections" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "is_visible" BOOLEAN NOT NULL DEFAULT true,
    "cadence" "Cadence" NOT NULL DEFAULT 'NONE',
    "cadence_target" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "items" (
    "id" SERIAL NOT NULL,
    "kind" "ItemKind" NOT NULL,
    "is_in_depth" BOOLEAN NOT NULL DEFAULT false,
    "status" "ItemStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "lead" TEXT NOT NULL DEFAULT '',
    "body_json" JSONB NOT NULL,
    "body_html" TEXT NOT NULL DEFAULT '',
    "body_text" TEXT NOT NULL DEFAULT '',
    "cover_image_id" INTEGER,
    "cover_caption" TEXT,
    "cover_alt" TEXT,
    "pen_name" TEXT,
    "unit_id" INTEGER,
    "source" TEXT,
    "scheduled_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3),
    "is_featured" BOOLEAN NOT NULL DEFAULT false,
    "featured_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "view_count" INTEGER NOT NULL DEFAULT 0,
    "created_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "search_vector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', search_fold("title")), 'A') ||
        setweight(to_tsvector('simple', search_fold("lead")), 'B') ||
        setweight(to_tsvector('simple', search_fold(left("body_text", 200000))), 'C')
    ) STORED,

    CONSTRAINT "items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_sections" (
    "item_id" INTEGER NOT NULL,
    "section_id" INTEGER NOT NULL,
    "is_primary" BOOLEAN NOT NULL DEFAULT false,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "item_sections_pkey" PRIMARY KEY ("item_id","section_id")
);

-- CreateTable
CREATE TABLE "tags" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "tags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_tags" (
    "item_id" INTEGER NOT NULL,
    "tag_id" INTEGER NOT NULL,

    CONSTRAINT "item_tags_pkey" PRIMARY KEY ("item_id","tag_id")
);

-- CreateTable
CREATE TABLE "item_authors" (
    "item_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "item_authors_pkey" PRIMARY KEY ("item_id","user_id")
);

-- CreateTable
CREATE TABLE "revisions" (
    "id" SERIAL NOT NULL,
    "item_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "lead" TEXT NOT NULL,
    "body_json" JSONB NOT NULL,
    "body_html" TEXT NOT NULL,
    "saved_by_id" INTEGER NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workflow_events" (
    "id" SERIAL NOT NULL,
    "item_id" INTEGER NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "from_status" "ItemStatus",
    "to_status" "ItemStatus" NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workflow_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_corrections" (
    "id" SERIAL NOT NULL,
    "item_id" INTEGER NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "revision_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "item_corrections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "media_files" (
    "id" SERIAL NOT NULL,
    "kind" "MediaKind" NOT NULL,
    "storage_key" TEXT NOT NULL,
    "original_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "variants" JSONB,
    "alt" TEXT,
    "caption" TEXT,
    "uploaded_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "media_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "directive_documents" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "number_symbol" TEXT NOT NULL,
    "type" "DocumentType" NOT NULL,
    "issuing_body" TEXT NOT NULL,
    "issued_at" DATE NOT NULL,
    "effective_at" DATE,
    "summary" TEXT NOT NULL,
    "signer_name" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "created_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "search_vector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', search_fold("number_symbol")), 'A') ||
        setweight(to_tsvector('simple', search_fold("summary")), 'B') ||
        setweight(to_tsvector('simple', search_fold("issuing_body")), 'C')
    ) STORED,

    CONSTRAINT "directive_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_files" (
    "document_id" INTEGER NOT NULL,
    "media_file_id" INTEGER NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "document_files_pkey" PRIMARY KEY ("document_id","media_file_id")
);

-- CreateTable
CREATE TABLE "campaigns" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "banner_image_id" INTEGER,
    "banner_link" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign_items" (
    "campaign_id" INTEGER NOT NULL,
    "item_id" INTEGER NOT NULL,

    CONSTRAINT "campaign_items_pkey" PRIMARY KEY ("campaign_id","item_id")
);

-- CreateTable
CREATE TABLE "quota_plans" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "reference" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "quota_plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quota_rules" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "subject" "QuotaSubject" NOT NULL,
    "position" "Position",
    "unit_kind" "UnitKind",
    "min_in_depth" INTEGER NOT NULL DEFAULT 0,
    "min_articles" INTEGER NOT NULL DEFAULT 0,
    "min_news" INTEGER NOT NULL DEFAULT 0,
    "min_any" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT,

    CONSTRAINT "quota_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "royalties" (
    "id" SERIAL NOT NULL,
    "item_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "grade" TEXT,
    "amount_vnd" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "royalties_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "item_id" INTEGER,
    "message" TEXT NOT NULL,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "action" TEXT NOT NULL,
    "object_type" TEXT,
    "object_id" TEXT,
    "ip" TEXT,
    "result" "AuditResult" NOT NULL,
    "details" JSONB,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "system_state" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "system_state_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "units_parent_id_sort_order_idx" ON "units"("parent_id", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_unit_id_idx" ON "users"("unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "sections_slug_key" ON "sections"("slug");

-- CreateIndex
CREATE INDEX "sections_is_visible_sort_order_idx" ON "sections"("is_visible", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "items_slug_key" ON "items"("slug");

-- CreateIndex
CREATE INDEX "items_status_published_at_idx" ON "items"("status", "published_at" DESC);

-- CreateIndex
CREATE INDEX "items_is_featured_featured_at_idx" ON "items"("is_featured", "featured_at" DESC);

-- CreateIndex
CREATE INDEX "items_status_scheduled_at_idx" ON "items"("status", "scheduled_at");

-- CreateIndex
CREATE INDEX "items_created_by_id_status_idx" ON "items"("created_by_id", "status");

-- CreateIndex
CREATE INDEX "items_unit_id_published_at_idx" ON "items"("unit_id", "published_at");

-- CreateIndex
CREATE INDEX "items_search_vector_idx" ON "items" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "item_sections_section_id_published_at_idx" ON "item_sections"("section_id", "published_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "tags_slug_key" ON "tags"("slug");

-- CreateIndex
CREATE INDEX "item_tags_tag_id_idx" ON "item_tags"("tag_id");

-- CreateIndex
CREATE INDEX "item_authors_user_id_idx" ON "item_authors"("user_id");

-- CreateIndex
CREATE INDEX "revisions_item_id_created_at_idx" ON "revisions"("item_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "workflow_events_item_id_created_at_idx" ON "workflow_events"("item_id", "created_at");

-- CreateIndex
CREATE INDEX "workflow_events_actor_id_created_at_idx" ON "workflow_events"("actor_id", "created_at");

-- CreateIndex
CREATE INDEX "item_corrections_item_id_created_at_idx" ON "item_corrections"("item_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "media_files_storage_key_key" ON "media_files"("storage_key");

-- CreateIndex
CREATE INDEX "media_files_kind_created_at_idx" ON "media_files"("kind", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "directive_documents_slug_key" ON "directive_documents"("slug");

-- CreateIndex
CREATE INDEX "directive_documents_status_issued_at_idx" ON "directive_documents"("status", "issued_at" DESC);

-- CreateIndex
CREATE INDEX "directive_documents_type_issued_at_idx" ON "directive_documents"("type", "issued_at");

-- CreateIndex
CREATE INDEX "directive_documents_issuing_body_idx" ON "directive_documents"("issuing_body");

-- CreateIndex
CREATE INDEX "directive_documents_search_vector_idx" ON "directive_documents" USING GIN ("search_vector");

-- CreateIndex
CREATE UNIQUE INDEX "campaigns_slug_key" ON "campaigns"("slug");

-- CreateIndex
CREATE INDEX "campaigns_is_active_starts_at_ends_at_idx" ON "campaigns"("is_active", "starts_at", "ends_at");

-- CreateIndex
CREATE INDEX "campaign_items_item_id_idx" ON "campaign_items"("item_id");

-- CreateIndex
CREATE UNIQUE INDEX "quota_plans_year_key" ON "quota_plans"("year");

-- CreateIndex
CREATE INDEX "quota_rules_plan_id_idx" ON "quota_rules"("plan_id");

-- CreateIndex
CREATE INDEX "royalties_period_user_id_idx" ON "royalties"("period", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "royalties_item_id_user_id_key" ON "royalties"("item_id", "user_id");

-- CreateIndex
CREATE INDEX "notifications_user_id_read_at_created_at_idx" ON "notifications"("user_id", "read_at", "created_at" DESC);

-- CreateIndex
CREATE INDEX "audit_logs_at_idx" ON "audit_logs"("at" DESC);

-- CreateIndex
CREATE INDEX "audit_logs_actor_id_at_idx" ON "audit_logs"("actor_id", "at");

-- CreateIndex
CREATE INDEX "audit_logs_action_at_idx" ON "audit_logs"("action", "at");

-- AddForeignKey
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "items" ADD CONSTRAINT "items_cover_image_id_fkey" FOREIGN KEY ("cover_image_id") REFERENCES "media_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "items" ADD CONSTRAINT "items_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "items" ADD CONSTRAINT "items_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_sections" ADD CONSTRAINT "item_sections_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_sections" ADD CONSTRAINT "item_sections_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_tags" ADD CONSTRAINT "item_tags_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_tags" ADD CONSTRAINT "item_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_authors" ADD CONSTRAINT "item_authors_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_authors" ADD CONSTRAINT "item_authors_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_saved_by_id_fkey" FOREIGN KEY ("saved_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_corrections" ADD CONSTRAINT "item_corrections_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_corrections" ADD CONSTRAINT "item_corrections_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media_files" ADD CONSTRAINT "media_files_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "directive_documents" ADD CONSTRAINT "directive_documents_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "directive_documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_media_file_id_fkey" FOREIGN KEY ("media_file_id") REFERENCES "media_files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_banner_image_id_fkey" FOREIGN KEY ("banner_image_id") REFERENCES "media_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_items" ADD CONSTRAINT "campaign_items_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_items" ADD CONSTRAINT "campaign_items_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quota_rules" ADD CONSTRAINT "quota_rules_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "quota_plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalties" ADD CONSTRAINT "royalties_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalties" ADD CONSTRAINT "royalties_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Partial-word and number/symbol lookups ("91-kh/duk", "guong").
CREATE INDEX "items_title_trgm_idx" ON "items" USING GIN (search_fold("title") gin_trgm_ops);
CREATE INDEX "directive_documents_number_symbol_trgm_idx"
  ON "directive_documents" USING GIN (replace(search_fold("number_symbol"), ' ', '') gin_trgm_ops);

-- item_sections.published_at mirrors items.published_at while the item is
-- PUBLISHED (NULL otherwise), so a section page is a single index range scan.
CREATE OR REPLACE FUNCTION item_public_date(item_status "ItemStatus", published timestamptz)
  RETURNS timestamptz LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN item_status = 'PUBLISHED' THEN published END $$;

CREATE OR REPLACE FUNCTION item_sections_follow_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "item_sections"
     SET "published_at" = item_public_date(NEW."status", NEW."published_at")
   WHERE "item_id" = NEW."id"
     AND "published_at" IS DISTINCT FROM item_public_date(NEW."status", NEW."published_at");
  RETURN NULL;
END $$;

CREATE TRIGGER "items_publication_to_sections"
  AFTER UPDATE OF "status", "published_at" ON "items"
  FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."published_at" IS DISTINCT FROM NEW."published_at")
  EXECUTE FUNCTION item_sections_follow_item();

CREATE OR REPLACE FUNCTION item_sections_copy_publication() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT item_public_date(i."status", i."published_at") INTO NEW."published_at"
    FROM "items" i WHERE i."id" = NEW."item_id";
  RETURN NEW;
END $$;

CREATE TRIGGER "item_sections_publication_from_item"
  BEFORE INSERT OR UPDATE OF "item_id" ON "item_sections"
  FOR EACH ROW EXECUTE FUNCTION item_sections_copy_publication();
