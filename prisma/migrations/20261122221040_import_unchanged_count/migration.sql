-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "unchangedCount" INTEGER;

