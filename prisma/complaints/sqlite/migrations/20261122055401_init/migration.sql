-- CreateTable
CREATE TABLE "Complaint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestNo" TEXT NOT NULL,
    "externalRef" TEXT,
    "kind" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "priority" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "contactKey" TEXT,
    "receivedUnitId" TEXT NOT NULL,
    "receivedPath" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "assigneeKind" TEXT,
    "assigneeId" TEXT,
    "assigneeDepartmentId" TEXT,
    "assigneePath" TEXT,
    "duplicateOfId" TEXT,
    "duplicateOfNo" TEXT,
    "duplicateCount" INTEGER NOT NULL DEFAULT 0,
    "state" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "receivedOn" TEXT NOT NULL,
    "dispatchCount" INTEGER NOT NULL DEFAULT 0,
    "returnCount" INTEGER NOT NULL DEFAULT 0,
    "signDueAt" DATETIME,
    "replyDueAt" DATETIME,
    "promisedReplyAt" DATETIME,
    "promisedReplyLocal" TEXT,
    "repliedAt" DATETIME,
    "repliedOn" TEXT,
    "replyOnTime" BOOLEAN,
    "replyMinutes" INTEGER,
    "calledBackOn" TEXT,
    "satisfaction" INTEGER,
    "callbackAttempts" INTEGER NOT NULL DEFAULT 0,
    "reopenCount" INTEGER NOT NULL DEFAULT 0,
    "closedOn" TEXT,
    "escalated" BOOLEAN NOT NULL DEFAULT false,
    "escalatedOn" TEXT,
    "warningLevel" TEXT NOT NULL DEFAULT 'NONE',
    "version" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ComplaintEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "complaintId" TEXT NOT NULL,
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
    CONSTRAINT "ComplaintEvent_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Dispatch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "complaintId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "assigneeKind" TEXT NOT NULL,
    "assigneeId" TEXT NOT NULL,
    "departmentId" TEXT,
    "assigneePath" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "dispatchedAt" DATETIME NOT NULL,
    "dispatchedOn" TEXT NOT NULL,
    "signDueAt" DATETIME NOT NULL,
    "signedAt" DATETIME,
    "signedOn" TEXT,
    "signedOnTime" BOOLEAN,
    "returnedAt" DATETIME,
    "returnedOn" TEXT,
    "returnReason" TEXT,
    CONSTRAINT "Dispatch_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComplaintCallback" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "complaintId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "at" DATETIME NOT NULL,
    "ratedOn" TEXT NOT NULL,
    "satisfaction" INTEGER NOT NULL,
    "orgPath" TEXT NOT NULL,
    "departmentId" TEXT,
    CONSTRAINT "ComplaintCallback_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComplaintWarning" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "complaintId" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "raisedAt" DATETIME NOT NULL,
    "raisedOn" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "assigneePath" TEXT,
    "departmentId" TEXT,
    "dueAt" DATETIME NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "ComplaintWarning_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CallRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "line" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "startedOn" TEXT NOT NULL,
    "answered" BOOLEAN NOT NULL,
    "waitSeconds" INTEGER NOT NULL,
    "talkSeconds" INTEGER NOT NULL DEFAULT 0
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
CREATE UNIQUE INDEX "Complaint_requestNo_key" ON "Complaint"("requestNo");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_externalRef_key" ON "Complaint"("externalRef");

-- CreateIndex
CREATE INDEX "Complaint_orgPath_receivedOn_idx" ON "Complaint"("orgPath", "receivedOn");

-- CreateIndex
CREATE INDEX "Complaint_orgPath_repliedOn_idx" ON "Complaint"("orgPath", "repliedOn");

-- CreateIndex
CREATE INDEX "Complaint_orgPath_state_promisedReplyLocal_idx" ON "Complaint"("orgPath", "state", "promisedReplyLocal");

-- CreateIndex
CREATE INDEX "Complaint_state_promisedReplyAt_idx" ON "Complaint"("state", "promisedReplyAt");

-- CreateIndex
CREATE INDEX "Complaint_escalated_receivedAt_idx" ON "Complaint"("escalated", "receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_state_satisfaction_idx" ON "Complaint"("state", "satisfaction");

-- CreateIndex
CREATE INDEX "Complaint_receivedPath_idx" ON "Complaint"("receivedPath");

-- CreateIndex
CREATE INDEX "Complaint_assigneePath_idx" ON "Complaint"("assigneePath");

-- CreateIndex
CREATE INDEX "Complaint_assigneeDepartmentId_receivedOn_idx" ON "Complaint"("assigneeDepartmentId", "receivedOn");

-- CreateIndex
CREATE INDEX "Complaint_state_replyDueAt_idx" ON "Complaint"("state", "replyDueAt");

-- CreateIndex
CREATE INDEX "Complaint_contactKey_receivedAt_idx" ON "Complaint"("contactKey", "receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_receivedAt_idx" ON "Complaint"("receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_category_idx" ON "Complaint"("category");

-- CreateIndex
CREATE INDEX "Complaint_duplicateOfId_idx" ON "Complaint"("duplicateOfId");

-- CreateIndex
CREATE INDEX "ComplaintEvent_type_at_idx" ON "ComplaintEvent"("type", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintEvent_complaintId_seq_key" ON "ComplaintEvent"("complaintId", "seq");

-- CreateIndex
CREATE INDEX "Dispatch_orgPath_dispatchedOn_idx" ON "Dispatch"("orgPath", "dispatchedOn");

-- CreateIndex
CREATE INDEX "Dispatch_departmentId_dispatchedOn_idx" ON "Dispatch"("departmentId", "dispatchedOn");

-- CreateIndex
CREATE INDEX "Dispatch_assigneePath_dispatchedOn_idx" ON "Dispatch"("assigneePath", "dispatchedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Dispatch_complaintId_seq_key" ON "Dispatch"("complaintId", "seq");

-- CreateIndex
CREATE INDEX "ComplaintCallback_orgPath_ratedOn_idx" ON "ComplaintCallback"("orgPath", "ratedOn");

-- CreateIndex
CREATE INDEX "ComplaintCallback_departmentId_ratedOn_idx" ON "ComplaintCallback"("departmentId", "ratedOn");

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintCallback_complaintId_seq_key" ON "ComplaintCallback"("complaintId", "seq");

-- CreateIndex
CREATE INDEX "ComplaintWarning_orgPath_raisedOn_idx" ON "ComplaintWarning"("orgPath", "raisedOn");

-- CreateIndex
CREATE INDEX "ComplaintWarning_departmentId_raisedOn_idx" ON "ComplaintWarning"("departmentId", "raisedOn");

-- CreateIndex
CREATE INDEX "ComplaintWarning_level_raisedOn_idx" ON "ComplaintWarning"("level", "raisedOn");

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintWarning_complaintId_dedupeKey_key" ON "ComplaintWarning"("complaintId", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "CallRecord_externalRef_key" ON "CallRecord"("externalRef");

-- CreateIndex
CREATE INDEX "CallRecord_orgPath_startedOn_idx" ON "CallRecord"("orgPath", "startedOn");

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

