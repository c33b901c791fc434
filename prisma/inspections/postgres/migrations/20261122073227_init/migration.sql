-- Path columns are COLLATE "C" (added by hand): subtree filters are range scans on them, which
-- must sort byte-wise whatever the database locale (see subgraphs/shared/scope.ts).
-- CreateTable
CREATE TABLE "ScoringTemplate" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "effectiveFrom" TEXT NOT NULL,
    "items" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,

    CONSTRAINT "ScoringTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionPlan" (
    "id" TEXT NOT NULL,
    "planNo" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "inspectingUnitId" TEXT NOT NULL,
    "inspectingUnitPath" TEXT COLLATE "C" NOT NULL,
    "startsOn" TEXT NOT NULL,
    "endsOn" TEXT NOT NULL,
    "targets" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,

    CONSTRAINT "InspectionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" TEXT NOT NULL,
    "inspectionNo" TEXT NOT NULL,
    "externalRef" TEXT,
    "planId" TEXT,
    "kind" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "inspectingUnitId" TEXT NOT NULL,
    "inspectingUnitPath" TEXT COLLATE "C" NOT NULL,
    "unitId" TEXT NOT NULL,
    "unitPath" TEXT COLLATE "C" NOT NULL,
    "departmentId" TEXT,
    "inspectors" TEXT NOT NULL,
    "templateCode" TEXT NOT NULL,
    "templateVersion" INTEGER NOT NULL,
    "results" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "selfCheckWindow" TEXT,
    "reportedOn" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "itemCode" TEXT,
    "descriptionZh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "evidenceNote" TEXT,
    "photos" TEXT NOT NULL,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rectification" (
    "id" TEXT NOT NULL,
    "rectificationNo" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "inspectingUnitId" TEXT NOT NULL,
    "inspectingUnitPath" TEXT COLLATE "C" NOT NULL,
    "ownerUnitId" TEXT NOT NULL,
    "ownerPath" TEXT COLLATE "C" NOT NULL,
    "ownerDepartmentId" TEXT,
    "ownerPerson" TEXT,
    "selfCheck" BOOLEAN NOT NULL DEFAULT false,
    "state" TEXT NOT NULL,
    "foundOn" TEXT NOT NULL,
    "openedOn" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "verifiedOn" TEXT,
    "lastEventOn" TEXT NOT NULL,
    "rejections" INTEGER NOT NULL DEFAULT 0,
    "escalations" INTEGER NOT NULL DEFAULT 0,
    "escalatedDueOn" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Rectification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RectificationEvent" (
    "id" TEXT NOT NULL,
    "rectificationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "on" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorUnit" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "stateAfter" TEXT NOT NULL,
    "dueOnAfter" TEXT NOT NULL,
    "escalatedAfter" BOOLEAN NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RectificationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionNotice" (
    "id" TEXT NOT NULL,
    "noticeNo" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "unitPath" TEXT COLLATE "C" NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "average" DOUBLE PRECISION NOT NULL,
    "inspections" INTEGER NOT NULL,
    "issuedOn" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "issuedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "response" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScoringTemplate_code_version_key" ON "ScoringTemplate"("code", "version");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionPlan_planNo_key" ON "InspectionPlan"("planNo");

-- CreateIndex
CREATE INDEX "InspectionPlan_inspectingUnitPath_idx" ON "InspectionPlan"("inspectingUnitPath");

-- CreateIndex
CREATE INDEX "InspectionPlan_year_idx" ON "InspectionPlan"("year");

-- CreateIndex
CREATE UNIQUE INDEX "Inspection_inspectionNo_key" ON "Inspection"("inspectionNo");

-- CreateIndex
CREATE UNIQUE INDEX "Inspection_externalRef_key" ON "Inspection"("externalRef");

-- CreateIndex
CREATE INDEX "Inspection_unitPath_date_idx" ON "Inspection"("unitPath", "date");

-- CreateIndex
CREATE INDEX "Inspection_departmentId_date_idx" ON "Inspection"("departmentId", "date");

-- CreateIndex
CREATE INDEX "Inspection_date_idx" ON "Inspection"("date");

-- CreateIndex
CREATE INDEX "Inspection_planId_idx" ON "Inspection"("planId");

-- CreateIndex
CREATE INDEX "Inspection_inspectingUnitPath_date_idx" ON "Inspection"("inspectingUnitPath", "date");

-- CreateIndex
CREATE INDEX "Finding_inspectionId_idx" ON "Finding"("inspectionId");

-- CreateIndex
CREATE UNIQUE INDEX "Rectification_rectificationNo_key" ON "Rectification"("rectificationNo");

-- CreateIndex
CREATE UNIQUE INDEX "Rectification_findingId_key" ON "Rectification"("findingId");

-- CreateIndex
CREATE INDEX "Rectification_ownerPath_state_idx" ON "Rectification"("ownerPath", "state");

-- CreateIndex
CREATE INDEX "Rectification_ownerDepartmentId_state_idx" ON "Rectification"("ownerDepartmentId", "state");

-- CreateIndex
CREATE INDEX "Rectification_ownerPath_dueOn_idx" ON "Rectification"("ownerPath", "dueOn");

-- CreateIndex
CREATE INDEX "Rectification_ownerDepartmentId_dueOn_idx" ON "Rectification"("ownerDepartmentId", "dueOn");

-- CreateIndex
CREATE INDEX "Rectification_state_dueOn_idx" ON "Rectification"("state", "dueOn");

-- CreateIndex
CREATE INDEX "Rectification_openedOn_idx" ON "Rectification"("openedOn");

-- CreateIndex
CREATE INDEX "Rectification_inspectionId_idx" ON "Rectification"("inspectionId");

-- CreateIndex
CREATE INDEX "RectificationEvent_rectificationId_on_idx" ON "RectificationEvent"("rectificationId", "on");

-- CreateIndex
CREATE UNIQUE INDEX "RectificationEvent_rectificationId_seq_key" ON "RectificationEvent"("rectificationId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionNotice_noticeNo_key" ON "SupervisionNotice"("noticeNo");

-- CreateIndex
CREATE INDEX "SupervisionNotice_unitPath_idx" ON "SupervisionNotice"("unitPath");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionNotice_unitId_year_quarter_key" ON "SupervisionNotice"("unitId", "year", "quarter");

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationEvent" ADD CONSTRAINT "RectificationEvent_rectificationId_fkey" FOREIGN KEY ("rectificationId") REFERENCES "Rectification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

