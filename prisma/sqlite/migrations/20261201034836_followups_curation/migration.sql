-- CreateTable
CREATE TABLE "ProposalFollowUp" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "proposalId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "agreementId" INTEGER,
    "meetingId" INTEGER,
    "score" REAL NOT NULL,
    "rule" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    CONSTRAINT "ProposalFollowUp_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProposalFollowUp_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProposalFollowUp_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CuratorDecision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "action" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT
);

-- CreateTable
CREATE TABLE "CuratorDecisionMention" (
    "decisionId" INTEGER NOT NULL,
    "side" INTEGER NOT NULL,
    "documentHash" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,

    PRIMARY KEY ("decisionId", "documentHash", "ordinal"),
    CONSTRAINT "CuratorDecisionMention_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "CuratorDecision" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ProposalFollowUp_proposalId_idx" ON "ProposalFollowUp"("proposalId");

-- CreateIndex
CREATE INDEX "ProposalFollowUp_agreementId_idx" ON "ProposalFollowUp"("agreementId");

-- CreateIndex
CREATE INDEX "ProposalFollowUp_meetingId_idx" ON "ProposalFollowUp"("meetingId");

-- CreateIndex
CREATE INDEX "CuratorDecisionMention_documentHash_idx" ON "CuratorDecisionMention"("documentHash");

