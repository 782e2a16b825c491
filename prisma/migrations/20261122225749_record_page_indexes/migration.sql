-- CreateIndex
CREATE INDEX "Account_country_idx" ON "Account"("country");

-- CreateIndex
CREATE INDEX "Lead_convertedContactId_idx" ON "Lead"("convertedContactId");

