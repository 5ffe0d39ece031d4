-- CreateTable
CREATE TABLE "ProposalWord" (
    "word" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "proposalId" INTEGER NOT NULL,

    PRIMARY KEY ("word", "date", "proposalId"),
    CONSTRAINT "ProposalWord_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ProposalWord_proposalId_idx" ON "ProposalWord"("proposalId");


-- Existing proposals get a row with the empty word: their text is folded in JavaScript (keys.ts
-- foldText), so the next follow-up search fills in their words and removes the marker
INSERT INTO "ProposalWord" ("word", "date", "proposalId") SELECT '', "date", "id" FROM "Proposal";
