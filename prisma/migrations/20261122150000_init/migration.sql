-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('AWARENESS', 'CONSIDERATION', 'COMPARISON', 'PURCHASE', 'ONBOARDING', 'IMPACT', 'EXPANSION', 'CHURNED');

-- CreateEnum
CREATE TYPE "StageSide" AS ENUM ('ACQUISITION', 'KNOT', 'RETENTION');

-- CreateEnum
CREATE TYPE "EntityKind" AS ENUM ('LEAD', 'CONTACT', 'ACCOUNT', 'DEAL');

-- CreateEnum
CREATE TYPE "EngagementMode" AS ENUM ('H2H', 'DIGITAL');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'LEADERSHIP', 'SALES', 'MARKETING');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'fi');

-- CreateEnum
CREATE TYPE "TeamFunction" AS ENUM ('MARKETING', 'SDR', 'ACCOUNT_EXECUTIVE', 'CUSTOMER_SUCCESS', 'ACCOUNT_MANAGEMENT', 'SELF_SERVICE');

-- CreateEnum
CREATE TYPE "CustomerTier" AS ENUM ('KEY', 'MID', 'SMALL');

-- CreateEnum
CREATE TYPE "LeadSource" AS ENUM ('WEB', 'DOWNLOAD', 'MAILING_LIST', 'TELEMARKETING', 'TRADE_FAIR', 'WEBINAR', 'REFERRAL', 'PARTNER');

-- CreateEnum
CREATE TYPE "Persona" AS ENUM ('EXECUTIVE', 'DEPARTMENT_HEAD', 'MANAGER', 'SPECIALIST', 'TECHNICAL', 'PROCUREMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "LeadStatus" AS ENUM ('NEW', 'WORKING', 'NURTURE', 'MQL', 'ACCEPTED', 'REJECTED', 'CONVERTED', 'DISQUALIFIED');

-- CreateEnum
CREATE TYPE "RejectionReason" AS ENUM ('BAD_FIT', 'WRONG_PERSONA', 'NO_BUDGET', 'BAD_TIMING', 'NOT_REACHABLE', 'DUPLICATE', 'COMPETITOR', 'OTHER');

-- CreateEnum
CREATE TYPE "DealType" AS ENUM ('NEW', 'EXPANSION', 'RENEWAL');

-- CreateEnum
CREATE TYPE "DealStatus" AS ENUM ('OPEN', 'WON', 'LOST');

-- CreateEnum
CREATE TYPE "PipelineStage" AS ENUM ('QUALIFICATION', 'NEEDS_ANALYSIS', 'PROPOSAL', 'NEGOTIATION', 'CLOSED');

-- CreateEnum
CREATE TYPE "LostReason" AS ENUM ('PRICE', 'COMPETITOR', 'NO_DECISION', 'TIMING', 'FEATURES', 'RELATIONSHIP', 'OTHER');

-- CreateEnum
CREATE TYPE "TouchpointType" AS ENUM ('WEB_VISIT', 'DOWNLOAD', 'EMAIL', 'MAILING_LIST', 'WEBINAR', 'TRADE_FAIR', 'TELEMARKETING_CALL', 'MEETING');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('WEB', 'EMAIL', 'PHONE', 'EVENT', 'IN_PERSON', 'SOCIAL', 'PAID', 'SELF_SERVICE');

-- CreateEnum
CREATE TYPE "CriteriaStatus" AS ENUM ('DRAFT', 'APPROVED', 'ACTIVE', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "ApprovalSide" AS ENUM ('SALES', 'MARKETING');

-- CreateEnum
CREATE TYPE "SpendCategory" AS ENUM ('MARKETING', 'SALES');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'ACTIVE', 'CLOSED');

-- CreateTable
CREATE TABLE "StageDefinition" (
    "stage" "Stage" NOT NULL,
    "order" INTEGER NOT NULL,
    "side" "StageSide" NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelFi" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionFi" TEXT NOT NULL,
    "entryCriteriaEn" TEXT NOT NULL,
    "entryCriteriaFi" TEXT NOT NULL,
    "slaHours" INTEGER,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StageDefinition_pkey" PRIMARY KEY ("stage")
);

-- CreateTable
CREATE TABLE "StageOwner" (
    "stage" "Stage" NOT NULL,
    "segmentId" INTEGER NOT NULL,
    "teamId" INTEGER NOT NULL,
    "mode" "EngagementMode" NOT NULL,

    CONSTRAINT "StageOwner_pkey" PRIMARY KEY ("stage","segmentId")
);

-- CreateTable
CREATE TABLE "StageTransition" (
    "id" SERIAL NOT NULL,
    "entityKind" "EntityKind" NOT NULL,
    "entityId" INTEGER NOT NULL,
    "accountId" INTEGER,
    "segmentId" INTEGER,
    "source" "LeadSource",
    "fromStage" "Stage",
    "toStage" "Stage" NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "actorId" INTEGER,
    "reason" TEXT,
    "criteriaVersionId" INTEGER,

    CONSTRAINT "StageTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "function" "TeamFunction" NOT NULL,
    "monthlyCapacity" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "teamId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Segment" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFi" TEXT NOT NULL,
    "priority" INTEGER NOT NULL,
    "minEmployees" INTEGER,
    "maxEmployees" INTEGER,
    "minDealAmountMinor" INTEGER,
    "maxDealAmountMinor" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Segment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CareModel" (
    "tier" "CustomerTier" NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFi" TEXT NOT NULL,
    "channels" "Channel"[],
    "contactCadenceDays" INTEGER NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionFi" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CareModel_pkey" PRIMARY KEY ("tier")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "domain" TEXT,
    "industry" TEXT NOT NULL,
    "employees" INTEGER,
    "country" CHAR(2) NOT NULL,
    "segmentId" INTEGER,
    "tier" "CustomerTier",
    "ownerId" INTEGER,
    "stage" "Stage" NOT NULL DEFAULT 'AWARENESS',
    "customerSince" TIMESTAMPTZ(3),
    "churnedAt" TIMESTAMPTZ(3),
    "frameworkAgreement" BOOLEAN NOT NULL DEFAULT false,
    "expectedOrderIntervalDays" INTEGER,
    "externalId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "title" TEXT,
    "persona" "Persona",
    "ownerId" INTEGER,
    "stage" "Stage" NOT NULL DEFAULT 'AWARENESS',
    "externalId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "source" "LeadSource" NOT NULL,
    "channel" "Channel" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lead" (
    "id" SERIAL NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "title" TEXT,
    "persona" "Persona",
    "company" TEXT,
    "companyDomain" TEXT,
    "industry" TEXT,
    "employees" INTEGER,
    "country" CHAR(2),
    "accountId" INTEGER,
    "segmentId" INTEGER,
    "source" "LeadSource" NOT NULL,
    "campaignId" INTEGER,
    "fitScore" INTEGER NOT NULL DEFAULT 0,
    "engagementScore" INTEGER NOT NULL DEFAULT 0,
    "status" "LeadStatus" NOT NULL DEFAULT 'NEW',
    "stage" "Stage" NOT NULL DEFAULT 'AWARENESS',
    "ownerId" INTEGER,
    "firstTouchAt" TIMESTAMPTZ(3),
    "mqlAt" TIMESTAMPTZ(3),
    "mqlCriteriaId" INTEGER,
    "acceptedAt" TIMESTAMPTZ(3),
    "rejectedAt" TIMESTAMPTZ(3),
    "rejectionReason" "RejectionReason",
    "rejectionNote" TEXT,
    "convertedAt" TIMESTAMPTZ(3),
    "convertedContactId" INTEGER,
    "convertedDealId" INTEGER,
    "externalId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Lead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deal" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "accountId" INTEGER NOT NULL,
    "type" "DealType" NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "productLine" TEXT,
    "pipelineStage" "PipelineStage" NOT NULL DEFAULT 'QUALIFICATION',
    "status" "DealStatus" NOT NULL DEFAULT 'OPEN',
    "stage" "Stage" NOT NULL DEFAULT 'COMPARISON',
    "openedAt" TIMESTAMPTZ(3) NOT NULL,
    "closeDate" DATE NOT NULL,
    "closedAt" TIMESTAMPTZ(3),
    "lostReason" "LostReason",
    "source" "LeadSource",
    "ownerId" INTEGER,
    "externalId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Deal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Touchpoint" (
    "id" SERIAL NOT NULL,
    "type" "TouchpointType" NOT NULL,
    "channel" "Channel" NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "campaignId" INTEGER,
    "leadId" INTEGER,
    "contactId" INTEGER,
    "accountId" INTEGER,
    "dealId" INTEGER,
    "userId" INTEGER,
    "note" TEXT,

    CONSTRAINT "Touchpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyRevenue" (
    "accountId" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "mrrMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',

    CONSTRAINT "MonthlyRevenue_pkey" PRIMARY KEY ("accountId","month")
);

-- CreateTable
CREATE TABLE "MqlCriteria" (
    "id" SERIAL NOT NULL,
    "segmentId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "CriteriaStatus" NOT NULL DEFAULT 'DRAFT',
    "industries" TEXT[],
    "minEmployees" INTEGER,
    "maxEmployees" INTEGER,
    "countries" TEXT[],
    "personas" "Persona"[],
    "titleKeywords" TEXT[],
    "minEngagementScore" INTEGER NOT NULL,
    "withinDays" INTEGER NOT NULL,
    "notes" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activatedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MqlCriteria_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MqlApproval" (
    "criteriaId" INTEGER NOT NULL,
    "side" "ApprovalSide" NOT NULL,
    "userId" INTEGER NOT NULL,
    "approvedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MqlApproval_pkey" PRIMARY KEY ("criteriaId","side")
);

-- CreateTable
CREATE TABLE "Spend" (
    "id" SERIAL NOT NULL,
    "month" DATE NOT NULL,
    "segmentId" INTEGER NOT NULL,
    "category" "SpendCategory" NOT NULL,
    "source" "LeadSource",
    "amountMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',

    CONSTRAINT "Spend_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountPlan" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "ownerId" INTEGER,
    "themes" TEXT[],
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AccountPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountPlanTarget" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "productLine" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "quarter" INTEGER NOT NULL,
    "amountMinor" INTEGER NOT NULL,

    CONSTRAINT "AccountPlanTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entityKind" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StageDefinition_order_key" ON "StageDefinition"("order");

-- CreateIndex
CREATE INDEX "StageOwner_teamId_idx" ON "StageOwner"("teamId");

-- CreateIndex
CREATE INDEX "StageTransition_entityKind_entityId_occurredAt_idx" ON "StageTransition"("entityKind", "entityId", "occurredAt");

-- CreateIndex
CREATE INDEX "StageTransition_entityKind_toStage_occurredAt_idx" ON "StageTransition"("entityKind", "toStage", "occurredAt");

-- CreateIndex
CREATE INDEX "StageTransition_occurredAt_idx" ON "StageTransition"("occurredAt");

-- CreateIndex
CREATE INDEX "StageTransition_segmentId_occurredAt_idx" ON "StageTransition"("segmentId", "occurredAt");

-- CreateIndex
CREATE INDEX "StageTransition_source_occurredAt_idx" ON "StageTransition"("source", "occurredAt");

-- CreateIndex
CREATE INDEX "StageTransition_accountId_idx" ON "StageTransition"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "Team_name_key" ON "Team"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Segment_key_key" ON "Segment"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Segment_priority_key" ON "Segment"("priority");

-- CreateIndex
CREATE UNIQUE INDEX "Account_domain_key" ON "Account"("domain");

-- CreateIndex
CREATE UNIQUE INDEX "Account_externalId_key" ON "Account"("externalId");

-- CreateIndex
CREATE INDEX "Account_stage_idx" ON "Account"("stage");

-- CreateIndex
CREATE INDEX "Account_segmentId_stage_idx" ON "Account"("segmentId", "stage");

-- CreateIndex
CREATE INDEX "Account_ownerId_idx" ON "Account"("ownerId");

-- CreateIndex
CREATE INDEX "Account_createdAt_id_idx" ON "Account"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Account_name_idx" ON "Account"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_email_key" ON "Contact"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_externalId_key" ON "Contact"("externalId");

-- CreateIndex
CREATE INDEX "Contact_accountId_idx" ON "Contact"("accountId");

-- CreateIndex
CREATE INDEX "Contact_stage_idx" ON "Contact"("stage");

-- CreateIndex
CREATE INDEX "Contact_createdAt_id_idx" ON "Contact"("createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_name_key" ON "Campaign"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Lead_email_key" ON "Lead"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Lead_convertedDealId_key" ON "Lead"("convertedDealId");

-- CreateIndex
CREATE UNIQUE INDEX "Lead_externalId_key" ON "Lead"("externalId");

-- CreateIndex
CREATE INDEX "Lead_stage_createdAt_idx" ON "Lead"("stage", "createdAt");

-- CreateIndex
CREATE INDEX "Lead_status_idx" ON "Lead"("status");

-- CreateIndex
CREATE INDEX "Lead_segmentId_createdAt_idx" ON "Lead"("segmentId", "createdAt");

-- CreateIndex
CREATE INDEX "Lead_source_createdAt_idx" ON "Lead"("source", "createdAt");

-- CreateIndex
CREATE INDEX "Lead_ownerId_idx" ON "Lead"("ownerId");

-- CreateIndex
CREATE INDEX "Lead_accountId_idx" ON "Lead"("accountId");

-- CreateIndex
CREATE INDEX "Lead_createdAt_id_idx" ON "Lead"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Lead_mqlAt_idx" ON "Lead"("mqlAt");

-- CreateIndex
CREATE INDEX "Lead_companyDomain_idx" ON "Lead"("companyDomain");

-- CreateIndex
CREATE UNIQUE INDEX "Deal_externalId_key" ON "Deal"("externalId");

-- CreateIndex
CREATE INDEX "Deal_accountId_idx" ON "Deal"("accountId");

-- CreateIndex
CREATE INDEX "Deal_status_closedAt_idx" ON "Deal"("status", "closedAt");

-- CreateIndex
CREATE INDEX "Deal_type_status_closedAt_idx" ON "Deal"("type", "status", "closedAt");

-- CreateIndex
CREATE INDEX "Deal_ownerId_status_idx" ON "Deal"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Deal_source_status_idx" ON "Deal"("source", "status");

-- CreateIndex
CREATE INDEX "Deal_openedAt_idx" ON "Deal"("openedAt");

-- CreateIndex
CREATE INDEX "Deal_createdAt_id_idx" ON "Deal"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Touchpoint_leadId_occurredAt_idx" ON "Touchpoint"("leadId", "occurredAt");

-- CreateIndex
CREATE INDEX "Touchpoint_contactId_occurredAt_idx" ON "Touchpoint"("contactId", "occurredAt");

-- CreateIndex
CREATE INDEX "Touchpoint_accountId_occurredAt_idx" ON "Touchpoint"("accountId", "occurredAt");

-- CreateIndex
CREATE INDEX "Touchpoint_dealId_idx" ON "Touchpoint"("dealId");

-- CreateIndex
CREATE INDEX "Touchpoint_type_occurredAt_idx" ON "Touchpoint"("type", "occurredAt");

-- CreateIndex
CREATE INDEX "Touchpoint_campaignId_idx" ON "Touchpoint"("campaignId");

-- CreateIndex
CREATE INDEX "MonthlyRevenue_month_idx" ON "MonthlyRevenue"("month");

-- CreateIndex
CREATE INDEX "MqlCriteria_segmentId_status_idx" ON "MqlCriteria"("segmentId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MqlCriteria_segmentId_version_key" ON "MqlCriteria"("segmentId", "version");

-- CreateIndex
CREATE INDEX "Spend_segmentId_month_idx" ON "Spend"("segmentId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "Spend_month_segmentId_category_source_key" ON "Spend"("month", "segmentId", "category", "source");

-- CreateIndex
CREATE INDEX "AccountPlan_periodStart_idx" ON "AccountPlan"("periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "AccountPlan_accountId_periodStart_key" ON "AccountPlan"("accountId", "periodStart");

-- CreateIndex
CREATE INDEX "AccountPlanTarget_productLine_quarter_idx" ON "AccountPlanTarget"("productLine", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "AccountPlanTarget_planId_productLine_channel_quarter_key" ON "AccountPlanTarget"("planId", "productLine", "channel", "quarter");

-- CreateIndex
CREATE INDEX "AuditLog_entityKind_entityId_occurredAt_idx" ON "AuditLog"("entityKind", "entityId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditLog_occurredAt_idx" ON "AuditLog"("occurredAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_occurredAt_idx" ON "AuditLog"("actorId", "occurredAt");

-- AddForeignKey
ALTER TABLE "StageOwner" ADD CONSTRAINT "StageOwner_stage_fkey" FOREIGN KEY ("stage") REFERENCES "StageDefinition"("stage") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageOwner" ADD CONSTRAINT "StageOwner_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageOwner" ADD CONSTRAINT "StageOwner_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageTransition" ADD CONSTRAINT "StageTransition_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_mqlCriteriaId_fkey" FOREIGN KEY ("mqlCriteriaId") REFERENCES "MqlCriteria"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_convertedContactId_fkey" FOREIGN KEY ("convertedContactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_convertedDealId_fkey" FOREIGN KEY ("convertedDealId") REFERENCES "Deal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Touchpoint" ADD CONSTRAINT "Touchpoint_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Touchpoint" ADD CONSTRAINT "Touchpoint_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Touchpoint" ADD CONSTRAINT "Touchpoint_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Touchpoint" ADD CONSTRAINT "Touchpoint_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Touchpoint" ADD CONSTRAINT "Touchpoint_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Touchpoint" ADD CONSTRAINT "Touchpoint_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyRevenue" ADD CONSTRAINT "MonthlyRevenue_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MqlCriteria" ADD CONSTRAINT "MqlCriteria_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MqlCriteria" ADD CONSTRAINT "MqlCriteria_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MqlApproval" ADD CONSTRAINT "MqlApproval_criteriaId_fkey" FOREIGN KEY ("criteriaId") REFERENCES "MqlCriteria"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MqlApproval" ADD CONSTRAINT "MqlApproval_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Spend" ADD CONSTRAINT "Spend_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountPlan" ADD CONSTRAINT "AccountPlan_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountPlan" ADD CONSTRAINT "AccountPlan_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountPlanTarget" ADD CONSTRAINT "AccountPlanTarget_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AccountPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The stage-transition log and the audit log are append-only: history is never rewritten.
CREATE FUNCTION "forbid_history_rewrite"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER "StageTransition_append_only" BEFORE UPDATE OR DELETE ON "StageTransition"
  FOR EACH ROW EXECUTE FUNCTION "forbid_history_rewrite"();
CREATE TRIGGER "StageTransition_no_truncate" BEFORE TRUNCATE ON "StageTransition"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_history_rewrite"();
CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "forbid_history_rewrite"();
CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_history_rewrite"();
