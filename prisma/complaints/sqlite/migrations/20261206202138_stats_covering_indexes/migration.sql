-- Written by hand in Prisma's format (`npm run db:migration:new` needs the schema engine, offline here).
-- The statistics statement's per-category counts and 满意率 read these indexes alone: the extra
-- column spares a row lookup per request or callback (docs/architecture.md, "Performance").

-- DropIndex
DROP INDEX "Complaint_orgPath_receivedOn_idx";

-- DropIndex
DROP INDEX "ComplaintCallback_orgPath_ratedOn_idx";

-- DropIndex
DROP INDEX "ComplaintCallback_departmentId_ratedOn_idx";

-- CreateIndex
CREATE INDEX "Complaint_orgPath_receivedOn_category_idx" ON "Complaint"("orgPath", "receivedOn", "category");

-- CreateIndex
CREATE INDEX "ComplaintCallback_orgPath_ratedOn_satisfaction_idx" ON "ComplaintCallback"("orgPath", "ratedOn", "satisfaction");

-- CreateIndex
CREATE INDEX "ComplaintCallback_departmentId_ratedOn_satisfaction_idx" ON "ComplaintCallback"("departmentId", "ratedOn", "satisfaction");
