-- Search ranks on the title and lead (an item's "heading"), which are short
-- enough to be stored inline: ranking and filtering on them never reads the
-- TOASTed whole-body search_vector. Written by hand (not by migrate diff):
-- Prisma cannot express a generated column's expression.
ALTER TABLE "items" ADD COLUMN "heading_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', search_fold("title")), 'A') ||
    setweight(to_tsvector('simple', search_fold("lead")), 'B')
) STORED;

-- CreateIndex
CREATE INDEX "items_heading_vector_idx" ON "items" USING GIN ("heading_vector");
