-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseNo" TEXT NOT NULL,
    "externalRef" TEXT,
    "applicantKind" TEXT NOT NULL,
    "applicantName" TEXT NOT NULL,
    "applicantPhone" TEXT,
    "applicantIdNumber" TEXT,
    "serviceItemId" TEXT NOT NULL,
    "serviceItemCode" TEXT NOT NULL,
    "serviceItemName" TEXT NOT NULL,
    "itemKind" TEXT NOT NULL,
    "limitDays" INTEGER NOT NULL,
    "extensionDays" INTEGER NOT NULL DEFAULT 0,
    "channel" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "currentUnitId" TEXT NOT NULL,
    "currentPath" TEXT NOT NULL,
    "handlingDepartmentId" TEXT,
    "handlingPath" TEXT,
    "parallel" BOOLEAN NOT NULL DEFAULT false,
    "state" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "receivedOn" TEXT NOT NULL,
    "acceptedAt" DATETIME,
    "acceptedOn" TEXT,
    "decidedAt" DATETIME,
    "decidedOn" TEXT,
    "closedOn" TEXT,
    "dueOn" TEXT,
    "clockStopped" BOOLEAN NOT NULL DEFAULT false,
    "stoppedOn" TEXT,
    "onTime" BOOLEAN,
    "workingDaysUsed" INTEGER,
    "stageName" TEXT,
    "stageDueOn" TEXT,
    "warningLevel" TEXT NOT NULL DEFAULT 'NONE',
    "escalated" BOOLEAN NOT NULL DEFAULT false,
    "ratingLevel" INTEGER,
    "ratedOn" TEXT,
    "followupState" TEXT,
    "calledBackOn" TEXT,
    "rectifiedOn" TEXT,
    "version" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "unitPath" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SubTask" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "departmentPath" TEXT NOT NULL,
    "limitDays" INTEGER NOT NULL,
    "acceptedOn" TEXT NOT NULL,
    "dueOn" TEXT,
    "state" TEXT NOT NULL,
    "decidedOn" TEXT,
    "onTime" BOOLEAN,
    "workingDaysUsed" INTEGER,
    CONSTRAINT "SubTask_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Warning" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "raisedAt" DATETIME NOT NULL,
    "raisedOn" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "departmentId" TEXT,
    "stageName" TEXT,
    "dueOn" TEXT NOT NULL,
    "remainingDays" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "Warning_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
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
CREATE UNIQUE INDEX "Case_caseNo_key" ON "Case"("caseNo");

-- CreateIndex
CREATE UNIQUE INDEX "Case_externalRef_key" ON "Case"("externalRef");

-- CreateIndex
CREATE INDEX "Case_orgPath_acceptedOn_idx" ON "Case"("orgPath", "acceptedOn");

-- CreateIndex
CREATE INDEX "Case_orgPath_receivedOn_idx" ON "Case"("orgPath", "receivedOn");

-- CreateIndex
CREATE INDEX "Case_orgPath_ratedOn_idx" ON "Case"("orgPath", "ratedOn");

-- CreateIndex
CREATE INDEX "Case_orgPath_state_dueOn_idx" ON "Case"("orgPath", "state", "dueOn");

-- CreateIndex
CREATE INDEX "Case_handlingPath_acceptedOn_idx" ON "Case"("handlingPath", "acceptedOn");

-- CreateIndex
CREATE INDEX "Case_currentPath_idx" ON "Case"("currentPath");

-- CreateIndex
CREATE INDEX "Case_handlingDepartmentId_acceptedOn_idx" ON "Case"("handlingDepartmentId", "acceptedOn");

-- CreateIndex
CREATE INDEX "Case_state_dueOn_idx" ON "Case"("state", "dueOn");

-- CreateIndex
CREATE INDEX "Case_receivedAt_idx" ON "Case"("receivedAt");

-- CreateIndex
CREATE INDEX "Case_applicantName_idx" ON "Case"("applicantName");

-- CreateIndex
CREATE INDEX "CaseEvent_type_at_idx" ON "CaseEvent"("type", "at");

-- CreateIndex
CREATE UNIQUE INDEX "CaseEvent_caseId_seq_key" ON "CaseEvent"("caseId", "seq");

-- CreateIndex
CREATE INDEX "SubTask_departmentId_acceptedOn_idx" ON "SubTask"("departmentId", "acceptedOn");

-- CreateIndex
CREATE UNIQUE INDEX "SubTask_caseId_departmentId_key" ON "SubTask"("caseId", "departmentId");

-- CreateIndex
CREATE INDEX "Warning_orgPath_raisedOn_idx" ON "Warning"("orgPath", "raisedOn");

-- CreateIndex
CREATE INDEX "Warning_departmentId_raisedOn_idx" ON "Warning"("departmentId", "raisedOn");

-- CreateIndex
CREATE INDEX "Warning_level_raisedOn_idx" ON "Warning"("level", "raisedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Warning_caseId_dedupeKey_key" ON "Warning"("caseId", "dedupeKey");

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

