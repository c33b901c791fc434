-- CreateTable
CREATE TABLE "DisclosureRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestNo" TEXT NOT NULL,
    "externalRef" TEXT,
    "agencyKind" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "agencyPath" TEXT NOT NULL,
    "departmentId" TEXT,
    "applicantType" TEXT NOT NULL,
    "applicantName" TEXT NOT NULL,
    "applicantIdNumber" TEXT,
    "applicantPhone" TEXT,
    "organizationName" TEXT,
    "channel" TEXT NOT NULL,
    "submittedOn" TEXT NOT NULL,
    "receivedOn" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "clockStartOn" TEXT NOT NULL,
    "replyWorkingDays" INTEGER NOT NULL,
    "extensionWorkingDays" INTEGER NOT NULL DEFAULT 0,
    "dueOn" TEXT,
    "correctionDueOn" TEXT,
    "answeredOn" TEXT,
    "outcome" TEXT,
    "answeredOnTime" BOOLEAN,
    "escalated" BOOLEAN NOT NULL DEFAULT false,
    "escalatedDueOn" TEXT,
    "version" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DisclosureRequestEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "on" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "stateAfter" TEXT NOT NULL,
    "dueOnAfter" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DisclosureRequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DisclosureRequest" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProactiveItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT,
    "agencyKind" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "agencyPath" TEXT NOT NULL,
    "departmentId" TEXT,
    "title" TEXT NOT NULL,
    "documentNumber" TEXT,
    "category" TEXT NOT NULL,
    "channels" TEXT NOT NULL,
    "createdOn" TEXT NOT NULL,
    "publishedOn" TEXT NOT NULL,
    "publishDueOn" TEXT NOT NULL,
    "publishedOnTime" BOOLEAN NOT NULL,
    "fullTextElectronic" BOOLEAN NOT NULL,
    "issuedOn" TEXT,
    "repealedOn" TEXT,
    "decisionCount" INTEGER NOT NULL DEFAULT 0,
    "feeAmountYuan" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Remedy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT,
    "requestId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "agencyPath" TEXT NOT NULL,
    "departmentId" TEXT,
    "body" TEXT NOT NULL,
    "caseNumber" TEXT,
    "filedOn" TEXT NOT NULL,
    "result" TEXT,
    "decidedOn" TEXT,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Remedy_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DisclosureRequest" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BoardPosting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "unitPath" TEXT NOT NULL,
    "tier" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "postedOn" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "onTime" BOOLEAN NOT NULL,
    "contents" TEXT NOT NULL,
    "photos" TEXT NOT NULL DEFAULT '[]',
    "recordedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AnnualReportRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectKind" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "subjectPath" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "includesSubordinates" BOOLEAN NOT NULL DEFAULT false,
    "overview" TEXT NOT NULL DEFAULT '',
    "problems" TEXT NOT NULL DEFAULT '',
    "other" TEXT NOT NULL DEFAULT '',
    "publishedOn" TEXT,
    "frozenCounts" TEXT,
    "updatedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "operation" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "response" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "DisclosureRequest_requestNo_key" ON "DisclosureRequest"("requestNo");

-- CreateIndex
CREATE UNIQUE INDEX "DisclosureRequest_externalRef_key" ON "DisclosureRequest"("externalRef");

-- CreateIndex
CREATE INDEX "DisclosureRequest_agencyPath_receivedOn_idx" ON "DisclosureRequest"("agencyPath", "receivedOn");

-- CreateIndex
CREATE INDEX "DisclosureRequest_agencyPath_answeredOn_idx" ON "DisclosureRequest"("agencyPath", "answeredOn");

-- CreateIndex
CREATE INDEX "DisclosureRequest_departmentId_receivedOn_idx" ON "DisclosureRequest"("departmentId", "receivedOn");

-- CreateIndex
CREATE INDEX "DisclosureRequest_departmentId_answeredOn_idx" ON "DisclosureRequest"("departmentId", "answeredOn");

-- CreateIndex
CREATE INDEX "DisclosureRequest_state_dueOn_idx" ON "DisclosureRequest"("state", "dueOn");

-- CreateIndex
CREATE INDEX "DisclosureRequest_state_correctionDueOn_idx" ON "DisclosureRequest"("state", "correctionDueOn");

-- CreateIndex
CREATE INDEX "DisclosureRequest_receivedOn_idx" ON "DisclosureRequest"("receivedOn");

-- CreateIndex
CREATE INDEX "DisclosureRequestEvent_type_on_idx" ON "DisclosureRequestEvent"("type", "on");

-- CreateIndex
CREATE UNIQUE INDEX "DisclosureRequestEvent_requestId_seq_key" ON "DisclosureRequestEvent"("requestId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "ProactiveItem_externalRef_key" ON "ProactiveItem"("externalRef");

-- CreateIndex
CREATE INDEX "ProactiveItem_agencyPath_publishedOn_idx" ON "ProactiveItem"("agencyPath", "publishedOn");

-- CreateIndex
CREATE INDEX "ProactiveItem_departmentId_publishedOn_idx" ON "ProactiveItem"("departmentId", "publishedOn");

-- CreateIndex
CREATE INDEX "ProactiveItem_agencyPath_category_issuedOn_idx" ON "ProactiveItem"("agencyPath", "category", "issuedOn");

-- CreateIndex
CREATE INDEX "ProactiveItem_agencyPath_category_repealedOn_idx" ON "ProactiveItem"("agencyPath", "category", "repealedOn");

-- CreateIndex
CREATE INDEX "ProactiveItem_category_publishedOn_idx" ON "ProactiveItem"("category", "publishedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Remedy_externalRef_key" ON "Remedy"("externalRef");

-- CreateIndex
CREATE INDEX "Remedy_agencyPath_filedOn_idx" ON "Remedy"("agencyPath", "filedOn");

-- CreateIndex
CREATE INDEX "Remedy_departmentId_filedOn_idx" ON "Remedy"("departmentId", "filedOn");

-- CreateIndex
CREATE INDEX "Remedy_requestId_idx" ON "Remedy"("requestId");

-- CreateIndex
CREATE INDEX "BoardPosting_unitPath_dueOn_idx" ON "BoardPosting"("unitPath", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "BoardPosting_unitId_year_quarter_key" ON "BoardPosting"("unitId", "year", "quarter");

-- CreateIndex
CREATE INDEX "AnnualReportRecord_subjectPath_idx" ON "AnnualReportRecord"("subjectPath");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReportRecord_subjectKind_subjectId_year_includesSubordinates_key" ON "AnnualReportRecord"("subjectKind", "subjectId", "year", "includesSubordinates");

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

