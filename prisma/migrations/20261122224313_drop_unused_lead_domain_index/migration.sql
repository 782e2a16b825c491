-- No query reads leads by their company domain (the domain hint looks accounts up by theirs),
-- so the index only cost every lead insert and update, an import of 100,000 leads included.
-- DropIndex
DROP INDEX "Lead_companyDomain_idx";

