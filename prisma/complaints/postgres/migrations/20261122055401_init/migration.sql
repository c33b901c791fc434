-- Path columns are COLLATE "C" (added by hand): subtree filters are range scans on them, which
-- must sort byte-wise whatever the database locale (see subgraphs/shared/scope.ts).
-- CreateTable
CREATE TABLE "Complaint" (
    "id" TEXT NOT NULL,
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
    "receivedPath" TEXT COLLATE "C" NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" TEXT COLLATE "C" NOT NULL,
    "assigneeKind" TEXT,
    "assigneeId" TEXT,
    "assigneeDepartmentId" TEXT,
    "assigneePath" TEXT COLLATE "C",
    "duplicateOfId" TEXT,
    "duplicateOfNo" TEXT,
    "duplicateCount" INTEGER NOT NULL DEFAULT 0,
    "state" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "receivedOn" TEXT NOT NULL,
    "dispatchCount" INTEGER NOT NULL DEFAULT 0,
    "returnCount" INTEGER NOT NULL DEFAULT 0,
    "signDueAt" TIMESTAMP(3),
    "replyDueAt" TIMESTAMP(3),
    "promisedReplyAt" TIMESTAMP(3),
    "promisedReplyLocal" TEXT,
    "repliedAt" TIMESTAMP(3),
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
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintEvent" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "unitPath" TEXT COLLATE "C" NOT NULL,
    "data" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplaintEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dispatch" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "assigneeKind" TEXT NOT NULL,
    "assigneeId" TEXT NOT NULL,
    "departmentId" TEXT,
    "assigneePath" TEXT COLLATE "C" NOT NULL,
    "orgPath" TEXT COLLATE "C" NOT NULL,
    "dispatchedAt" TIMESTAMP(3) NOT NULL,
    "dispatchedOn" TEXT NOT NULL,
    "signDueAt" TIMESTAMP(3) NOT NULL,
    "signedAt" TIMESTAMP(3),
    "signedOn" TEXT,
    "signedOnTime" BOOLEAN,
    "returnedAt" TIMESTAMP(3),
    "returnedOn" TEXT,
    "returnReason" TEXT,

    CONSTRAINT "Dispatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintCallback" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "ratedOn" TEXT NOT NULL,
    "satisfaction" INTEGER NOT NULL,
    "orgPath" TEXT COLLATE "C" NOT NULL,
    "departmentId" TEXT,

    CONSTRAINT "ComplaintCallback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintWarning" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "raisedAt" TIMESTAMP(3) NOT NULL,
    "raisedOn" TEXT NOT NULL,
    "orgPath" TEXT COLLATE "C" NOT NULL,
    "assigneePath" TEXT COLLATE "C",
    "departmentId" TEXT,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "ComplaintWarning_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CallRecord" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" TEXT COLLATE "C" NOT NULL,
    "line" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "startedOn" TEXT NOT NULL,
    "answered" BOOLEAN NOT NULL,
    "waitSeconds" INTEGER NOT NULL,
    "talkSeconds" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CallRecord_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "ComplaintEvent" ADD CONSTRAINT "ComplaintEvent_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispatch" ADD CONSTRAINT "Dispatch_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintCallback" ADD CONSTRAINT "ComplaintCallback_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintWarning" ADD CONSTRAINT "ComplaintWarning_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

