-- AlterTable
ALTER TABLE "items" ADD COLUMN     "status_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Hand-written: existing items entered their status when they were published
-- or last changed, not when this column was added.
UPDATE "items" SET "status_changed_at" = COALESCE("published_at", "updated_at");

-- AlterTable
ALTER TABLE "revisions" ADD COLUMN     "is_autosave" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "editorial_notes" (
    "id" SERIAL NOT NULL,
    "item_id" INTEGER NOT NULL,
    "author_id" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "editorial_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_presence" (
    "item_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "item_presence_pkey" PRIMARY KEY ("item_id","user_id")
);

-- CreateIndex
CREATE INDEX "editorial_notes_item_id_created_at_idx" ON "editorial_notes"("item_id", "created_at");

-- CreateIndex
CREATE INDEX "item_presence_item_id_last_seen_at_idx" ON "item_presence"("item_id", "last_seen_at");

-- CreateIndex
CREATE INDEX "items_status_status_changed_at_idx" ON "items"("status", "status_changed_at");

-- AddForeignKey
ALTER TABLE "editorial_notes" ADD CONSTRAINT "editorial_notes_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "editorial_notes" ADD CONSTRAINT "editorial_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_presence" ADD CONSTRAINT "item_presence_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_presence" ADD CONSTRAINT "item_presence_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

