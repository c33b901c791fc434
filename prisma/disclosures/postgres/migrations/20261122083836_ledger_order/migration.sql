-- AlterTable
ALTER TABLE "DisclosureRequest" ADD COLUMN     "runningDueOn" TEXT;

-- CreateIndex
CREATE INDEX "DisclosureRequest_runningDueOn_receivedOn_idx" ON "DisclosureRequest"("runningDueOn", "receivedOn");

