-- CreateTable
CREATE TABLE "OrgUnit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "tier" TEXT NOT NULL,
    "parentId" TEXT,
    "path" TEXT NOT NULL,
    "depth" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OrgUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "OrgUnit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "category" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "centreId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Department_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Department_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "ServiceCentre" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceCentre" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "address" TEXT,
    "phone" TEXT,
    "openingHours" TEXT,
    "staffCount" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ServiceCentre_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceWindow" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "centreId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "departmentId" TEXT,
    "staffCount" INTEGER NOT NULL DEFAULT 1,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ServiceWindow_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "ServiceCentre" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ServiceWindow_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "legalDays" INTEGER NOT NULL,
    "promisedDays" INTEGER NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "conditions" TEXT NOT NULL,
    "materials" TEXT NOT NULL,
    "procedure" TEXT,
    "fee" TEXT NOT NULL,
    "complaintChannel" TEXT NOT NULL,
    "handledInCentre" BOOLEAN NOT NULL DEFAULT true,
    "onlineAvailable" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ServiceItem_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RepathEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "oldPath" TEXT NOT NULL,
    "newPath" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
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
CREATE UNIQUE INDEX "OrgUnit_code_key" ON "OrgUnit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "OrgUnit_path_key" ON "OrgUnit"("path");

-- CreateIndex
CREATE INDEX "OrgUnit_parentId_idx" ON "OrgUnit"("parentId");

-- CreateIndex
CREATE INDEX "OrgUnit_tier_path_idx" ON "OrgUnit"("tier", "path");

-- CreateIndex
CREATE INDEX "OrgUnit_active_path_idx" ON "OrgUnit"("active", "path");

-- CreateIndex
CREATE UNIQUE INDEX "Department_code_key" ON "Department"("code");

-- CreateIndex
CREATE INDEX "Department_orgUnitId_idx" ON "Department"("orgUnitId");

-- CreateIndex
CREATE INDEX "Department_orgPath_idx" ON "Department"("orgPath");

-- CreateIndex
CREATE INDEX "Department_centreId_idx" ON "Department"("centreId");

-- CreateIndex
CREATE INDEX "Department_active_orgPath_idx" ON "Department"("active", "orgPath");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceCentre_code_key" ON "ServiceCentre"("code");

-- CreateIndex
CREATE INDEX "ServiceCentre_orgUnitId_idx" ON "ServiceCentre"("orgUnitId");

-- CreateIndex
CREATE INDEX "ServiceCentre_orgPath_idx" ON "ServiceCentre"("orgPath");

-- CreateIndex
CREATE INDEX "ServiceCentre_level_orgPath_idx" ON "ServiceCentre"("level", "orgPath");

-- CreateIndex
CREATE INDEX "ServiceWindow_departmentId_idx" ON "ServiceWindow"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceWindow_centreId_number_key" ON "ServiceWindow"("centreId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceItem_code_key" ON "ServiceItem"("code");

-- CreateIndex
CREATE INDEX "ServiceItem_departmentId_idx" ON "ServiceItem"("departmentId");

-- CreateIndex
CREATE INDEX "ServiceItem_orgPath_idx" ON "ServiceItem"("orgPath");

-- CreateIndex
CREATE INDEX "ServiceItem_kind_orgPath_idx" ON "ServiceItem"("kind", "orgPath");

-- CreateIndex
CREATE INDEX "ServiceItem_active_orgPath_idx" ON "ServiceItem"("active", "orgPath");

-- CreateIndex
CREATE INDEX "RepathEvent_createdAt_idx" ON "RepathEvent"("createdAt");

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

