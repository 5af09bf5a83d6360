-- CreateEnum
CREATE TYPE "BannerSlot" AS ENUM ('TOP', 'SIDE');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('FANPAGE', 'RADIO');

-- CreateEnum
CREATE TYPE "RoyaltyGenre" AS ENUM ('NEWS', 'ARTICLE', 'IN_DEPTH', 'PHOTO', 'VIDEO');

-- CreateEnum
CREATE TYPE "RoyaltyMonthAction" AS ENUM ('LOCK', 'UNLOCK');

-- AlterTable
ALTER TABLE "campaign_items" ADD COLUMN     "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "campaigns" ADD COLUMN     "archived_at" TIMESTAMPTZ(3),
ADD COLUMN     "banner_alt" TEXT,
ADD COLUMN     "created_by_id" INTEGER,
ADD COLUMN     "is_site_wide" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "sort_order" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "royalties" DROP COLUMN "grade",
ADD COLUMN     "grade_id" INTEGER NOT NULL,
ADD COLUMN     "share_basis_points" INTEGER NOT NULL;

-- CreateTable
CREATE TABLE "campaign_documents" (
    "campaign_id" INTEGER NOT NULL,
    "document_id" INTEGER NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "campaign_documents_pkey" PRIMARY KEY ("campaign_id","document_id")
);

-- CreateTable
CREATE TABLE "banners" (
    "id" SERIAL NOT NULL,
    "slot" "BannerSlot" NOT NULL,
    "name" TEXT NOT NULL,
    "image_id" INTEGER NOT NULL,
    "alt" TEXT NOT NULL,
    "link_url" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "banners_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_channel_posts" (
    "id" SERIAL NOT NULL,
    "item_id" INTEGER NOT NULL,
    "channel" "Channel" NOT NULL,
    "outlet" TEXT NOT NULL,
    "url" TEXT,
    "posted_on" DATE NOT NULL,
    "recorded_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "item_channel_posts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "section_channel_targets" (
    "section_id" INTEGER NOT NULL,
    "channel" "Channel" NOT NULL,
    "cadence" "Cadence" NOT NULL,
    "target" INTEGER NOT NULL,

    CONSTRAINT "section_channel_targets_pkey" PRIMARY KEY ("section_id","channel")
);

-- CreateTable
CREATE TABLE "royalty_schedules" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "base_salary_vnd" INTEGER NOT NULL,
    "unit_value_vnd" INTEGER NOT NULL,
    "budget_vnd" BIGINT NOT NULL DEFAULT 0,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "royalty_schedules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "royalty_rates" (
    "id" SERIAL NOT NULL,
    "schedule_id" INTEGER NOT NULL,
    "genre" "RoyaltyGenre" NOT NULL,
    "grade" TEXT NOT NULL,
    "min_coefficient" INTEGER NOT NULL,
    "max_coefficient" INTEGER NOT NULL,
    "default_coefficient" INTEGER NOT NULL,

    CONSTRAINT "royalty_rates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "royalty_bonuses" (
    "id" SERIAL NOT NULL,
    "schedule_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "min_percent" INTEGER NOT NULL,
    "max_percent" INTEGER NOT NULL,

    CONSTRAINT "royalty_bonuses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "royalty_grades" (
    "id" SERIAL NOT NULL,
    "item_id" INTEGER NOT NULL,
    "schedule_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "genre" "RoyaltyGenre" NOT NULL,
    "grade" TEXT NOT NULL,
    "coefficient" INTEGER NOT NULL,
    "bonus_id" INTEGER,
    "bonus_percent" INTEGER NOT NULL DEFAULT 0,
    "unit_value_vnd" INTEGER NOT NULL,
    "total_vnd" INTEGER NOT NULL,
    "note" TEXT,
    "graded_by_id" INTEGER NOT NULL,
    "graded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "royalty_grades_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "royalty_grade_changes" (
    "id" SERIAL NOT NULL,
    "grade_id" INTEGER NOT NULL,
    "changed_by_id" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "royalty_grade_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "royalty_months" (
    "period" TEXT NOT NULL,
    "locked_at" TIMESTAMPTZ(3),
    "locked_by_id" INTEGER,

    CONSTRAINT "royalty_months_pkey" PRIMARY KEY ("period")
);

-- CreateTable
CREATE TABLE "royalty_month_events" (
    "id" SERIAL NOT NULL,
    "period" TEXT NOT NULL,
    "action" "RoyaltyMonthAction" NOT NULL,
    "reason" TEXT,
    "actor_id" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "royalty_month_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "royalty_payments" (
    "id" SERIAL NOT NULL,
    "period" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "amount_vnd" INTEGER NOT NULL,
    "paid_on" DATE NOT NULL,
    "recorded_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "royalty_payments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "campaign_documents_document_id_idx" ON "campaign_documents"("document_id");

-- CreateIndex
CREATE INDEX "banners_slot_is_active_sort_order_idx" ON "banners"("slot", "is_active", "sort_order");

-- CreateIndex
CREATE INDEX "item_channel_posts_item_id_idx" ON "item_channel_posts"("item_id");

-- CreateIndex
CREATE INDEX "item_channel_posts_channel_posted_on_idx" ON "item_channel_posts"("channel", "posted_on");

-- CreateIndex
CREATE UNIQUE INDEX "royalty_schedules_year_key" ON "royalty_schedules"("year");

-- CreateIndex
CREATE UNIQUE INDEX "royalty_rates_schedule_id_genre_grade_key" ON "royalty_rates"("schedule_id", "genre", "grade");

-- CreateIndex
CREATE UNIQUE INDEX "royalty_bonuses_schedule_id_name_key" ON "royalty_bonuses"("schedule_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "royalty_grades_item_id_key" ON "royalty_grades"("item_id");

-- CreateIndex
CREATE INDEX "royalty_grades_period_idx" ON "royalty_grades"("period");

-- CreateIndex
CREATE INDEX "royalty_grade_changes_grade_id_idx" ON "royalty_grade_changes"("grade_id");

-- CreateIndex
CREATE INDEX "royalty_month_events_period_at_idx" ON "royalty_month_events"("period", "at");

-- CreateIndex
CREATE UNIQUE INDEX "royalty_payments_period_user_id_key" ON "royalty_payments"("period", "user_id");

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_documents" ADD CONSTRAINT "campaign_documents_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_documents" ADD CONSTRAINT "campaign_documents_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "directive_documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "banners" ADD CONSTRAINT "banners_image_id_fkey" FOREIGN KEY ("image_id") REFERENCES "media_files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "banners" ADD CONSTRAINT "banners_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_channel_posts" ADD CONSTRAINT "item_channel_posts_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_channel_posts" ADD CONSTRAINT "item_channel_posts_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "section_channel_targets" ADD CONSTRAINT "section_channel_targets_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalty_rates" ADD CONSTRAINT "royalty_rates_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "royalty_schedules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalty_bonuses" ADD CONSTRAINT "royalty_bonuses_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "royalty_schedules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalty_grades" ADD CONSTRAINT "royalty_grades_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalty_grades" ADD CONSTRAINT "royalty_grades_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "royalty_schedules"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalty_grades" ADD CONSTRAINT "royalty_grades_bonus_id_fkey" FOREIGN KEY ("bonus_id") REFERENCES "royalty_bonuses"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalty_grades" ADD CONSTRAINT "royalty_grades_graded_by_id_fkey" FOREIGN KEY ("graded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalty_grade_changes" ADD CONSTRAINT "royalty_grade_changes_grade_id_fkey" FOREIGN KEY ("grade_id") REFERENCES "royalty_grades"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalty_grade_changes" ADD CONSTRAINT "royalty_grade_changes_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalties" ADD CONSTRAINT "royalties_grade_id_fkey" FOREIGN KEY ("grade_id") REFERENCES "royalty_grades"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalty_months" ADD CONSTRAINT "royalty_months_locked_by_id_fkey" FOREIGN KEY ("locked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalty_month_events" ADD CONSTRAINT "royalty_month_events_period_fkey" FOREIGN KEY ("period") REFERENCES "royalty_months"("period") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalty_month_events" ADD CONSTRAINT "royalty_month_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalty_payments" ADD CONSTRAINT "royalty_payments_period_fkey" FOREIGN KEY ("period") REFERENCES "royalty_months"("period") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalty_payments" ADD CONSTRAINT "royalty_payments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "royalty_payments" ADD CONSTRAINT "royalty_payments_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
