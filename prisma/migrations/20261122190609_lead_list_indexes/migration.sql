-- CreateIndex
CREATE INDEX "Lead_lastName_firstName_id_idx" ON "Lead"("lastName", "firstName", "id");

-- CreateIndex
CREATE INDEX "Lead_company_id_idx" ON "Lead"("company", "id");

-- CreateIndex
CREATE INDEX "Lead_fitScore_id_idx" ON "Lead"("fitScore", "id");

-- CreateIndex
CREATE INDEX "Lead_engagementScore_id_idx" ON "Lead"("engagementScore", "id");

