-- CreateTable
CREATE TABLE "ProposalFollowUp" (
    "id" SERIAL NOT NULL,
    "proposalId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "agreementId" INTEGER,
    "meetingId" INTEGER,
    "score" DOUBLE PRECISION NOT NULL,
    "rule" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,

    CONSTRAINT "ProposalFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CuratorDecision" (
    "id" SERIAL NOT NULL,
    "action" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,

    CONSTRAINT "CuratorDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CuratorDecisionMention" (
    "decisionId" INTEGER NOT NULL,
    "side" INTEGER NOT NULL,
    "documentHash" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,

    CONSTRAINT "CuratorDecisionMention_pkey" PRIMARY KEY ("decisionId","documentHash","ordinal")
);

-- CreateIndex
CREATE INDEX "ProposalFollowUp_proposalId_idx" ON "ProposalFollowUp"("proposalId");

-- CreateIndex
CREATE INDEX "ProposalFollowUp_agreementId_idx" ON "ProposalFollowUp"("agreementId");

-- CreateIndex
CREATE INDEX "ProposalFollowUp_meetingId_idx" ON "ProposalFollowUp"("meetingId");

-- CreateIndex
CREATE INDEX "CuratorDecisionMention_documentHash_idx" ON "CuratorDecisionMention"("documentHash");

-- AddForeignKey
ALTER TABLE "ProposalFollowUp" ADD CONSTRAINT "ProposalFollowUp_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalFollowUp" ADD CONSTRAINT "ProposalFollowUp_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalFollowUp" ADD CONSTRAINT "ProposalFollowUp_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CuratorDecisionMention" ADD CONSTRAINT "CuratorDecisionMention_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "CuratorDecision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

