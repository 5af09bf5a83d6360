-- CreateIndex
CREATE INDEX "items_status_published_at_id_kind_is_in_depth_idx" ON "items"("status", "published_at", "id", "kind", "is_in_depth");

