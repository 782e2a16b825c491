-- DropIndex
DROP INDEX "Account_name_idx";

-- DropIndex
DROP INDEX "Deal_openedAt_idx";

-- CreateIndex
CREATE INDEX "Account_name_id_idx" ON "Account"("name", "id");

-- CreateIndex
CREATE INDEX "Account_employees_id_idx" ON "Account"("employees", "id");

-- CreateIndex
CREATE INDEX "Contact_ownerId_idx" ON "Contact"("ownerId");

-- CreateIndex
CREATE INDEX "Contact_lastName_firstName_id_idx" ON "Contact"("lastName", "firstName", "id");

-- CreateIndex
CREATE INDEX "Deal_openedAt_id_idx" ON "Deal"("openedAt", "id");

-- CreateIndex
CREATE INDEX "Deal_closeDate_id_idx" ON "Deal"("closeDate", "id");

-- CreateIndex
CREATE INDEX "Deal_amountMinor_id_idx" ON "Deal"("amountMinor", "id");

-- CreateIndex
CREATE INDEX "Deal_name_id_idx" ON "Deal"("name", "id");

