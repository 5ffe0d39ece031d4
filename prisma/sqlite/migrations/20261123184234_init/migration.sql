-- CreateTable
CREATE TABLE "Document" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "source" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "title" TEXT,
    "dateline" TEXT,
    "text" TEXT NOT NULL,
    "extractorVersion" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL DEFAULT 0,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Country" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "countryId" INTEGER,
    CONSTRAINT "Organization_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Official" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "countryId" INTEGER,
    "organizationId" INTEGER,
    "title" TEXT,
    CONSTRAINT "Official_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Official_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Alias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officialId" INTEGER NOT NULL,
    "documentId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "Alias_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Alias_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Position" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officialId" INTEGER NOT NULL,
    "documentId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "organizationId" INTEGER,
    "countryId" INTEGER,
    "date" DATETIME NOT NULL,
    CONSTRAINT "Position_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Position_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Position_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Position_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "date" TEXT,
    "dateStart" DATETIME,
    "dateEnd" DATETIME,
    "location" TEXT,
    CONSTRAINT "Meeting_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingParticipant" (
    "meetingId" INTEGER NOT NULL,
    "officialId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("meetingId", "officialId"),
    CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingParticipant_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "speakerId" INTEGER,
    "addresseeId" INTEGER,
    "addresseeName" TEXT,
    "meetingId" INTEGER,
    "date" DATETIME NOT NULL,
    CONSTRAINT "Proposal_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Proposal_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Proposal_addresseeId_fkey" FOREIGN KEY ("addresseeId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Proposal_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "proposerId" INTEGER,
    "date" DATETIME NOT NULL,
    CONSTRAINT "Agreement_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Agreement_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agreementId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "officialId" INTEGER,
    "organizationId" INTEGER,
    "countryId" INTEGER,
    CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementParty_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgreementParty_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgreementParty_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Target" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "deadline" TEXT,
    CONSTRAINT "Target_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "DocumentTopic" (
    "documentId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,

    PRIMARY KEY ("documentId", "topicId"),
    CONSTRAINT "DocumentTopic_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DocumentTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProposalTopic" (
    "proposalId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,

    PRIMARY KEY ("proposalId", "topicId"),
    CONSTRAINT "ProposalTopic_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProposalTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "sentence" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "officialId" INTEGER,
    "organizationId" INTEGER,
    "countryId" INTEGER,
    "positionId" INTEGER,
    "meetingId" INTEGER,
    "proposalId" INTEGER,
    "agreementId" INTEGER,
    "targetId" INTEGER,
    CONSTRAINT "Evidence_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Document_source_key" ON "Document"("source");

-- CreateIndex
CREATE UNIQUE INDEX "Document_contentHash_key" ON "Document"("contentHash");

-- CreateIndex
CREATE INDEX "Document_date_idx" ON "Document"("date");

-- CreateIndex
CREATE INDEX "Document_extractorVersion_idx" ON "Document"("extractorVersion");

-- CreateIndex
CREATE UNIQUE INDEX "Country_code_key" ON "Country"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_key_key" ON "Organization"("key");

-- CreateIndex
CREATE INDEX "Organization_countryId_idx" ON "Organization"("countryId");

-- CreateIndex
CREATE INDEX "Organization_acronym_idx" ON "Organization"("acronym");

-- CreateIndex
CREATE UNIQUE INDEX "Official_key_key" ON "Official"("key");

-- CreateIndex
CREATE INDEX "Official_countryId_idx" ON "Official"("countryId");

-- CreateIndex
CREATE INDEX "Official_organizationId_idx" ON "Official"("organizationId");

-- CreateIndex
CREATE INDEX "Official_searchName_idx" ON "Official"("searchName");

-- CreateIndex
CREATE INDEX "Alias_documentId_idx" ON "Alias"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "Alias_officialId_documentId_name_key" ON "Alias"("officialId", "documentId", "name");

-- CreateIndex
CREATE INDEX "Position_documentId_idx" ON "Position"("documentId");

-- CreateIndex
CREATE INDEX "Position_organizationId_idx" ON "Position"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Position_officialId_documentId_title_key" ON "Position"("officialId", "documentId", "title");

-- CreateIndex
CREATE INDEX "Meeting_dateStart_idx" ON "Meeting"("dateStart");

-- CreateIndex
CREATE INDEX "Meeting_kind_idx" ON "Meeting"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_documentId_ordinal_key" ON "Meeting"("documentId", "ordinal");

-- CreateIndex
CREATE INDEX "MeetingParticipant_officialId_idx" ON "MeetingParticipant"("officialId");

-- CreateIndex
CREATE INDEX "Proposal_speakerId_idx" ON "Proposal"("speakerId");

-- CreateIndex
CREATE INDEX "Proposal_addresseeId_idx" ON "Proposal"("addresseeId");

-- CreateIndex
CREATE INDEX "Proposal_meetingId_idx" ON "Proposal"("meetingId");

-- CreateIndex
CREATE INDEX "Proposal_date_idx" ON "Proposal"("date");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_documentId_ordinal_key" ON "Proposal"("documentId", "ordinal");

-- CreateIndex
CREATE INDEX "Agreement_kind_idx" ON "Agreement"("kind");

-- CreateIndex
CREATE INDEX "Agreement_status_idx" ON "Agreement"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_documentId_ordinal_key" ON "Agreement"("documentId", "ordinal");

-- CreateIndex
CREATE INDEX "AgreementParty_officialId_idx" ON "AgreementParty"("officialId");

-- CreateIndex
CREATE INDEX "AgreementParty_organizationId_idx" ON "AgreementParty"("organizationId");

-- CreateIndex
CREATE INDEX "AgreementParty_countryId_idx" ON "AgreementParty"("countryId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementParty_agreementId_name_key" ON "AgreementParty"("agreementId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Target_documentId_ordinal_key" ON "Target"("documentId", "ordinal");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_name_key" ON "Topic"("name");

-- CreateIndex
CREATE INDEX "DocumentTopic_topicId_idx" ON "DocumentTopic"("topicId");

-- CreateIndex
CREATE INDEX "ProposalTopic_topicId_idx" ON "ProposalTopic"("topicId");

-- CreateIndex
CREATE INDEX "Evidence_documentId_idx" ON "Evidence"("documentId");

-- CreateIndex
CREATE INDEX "Evidence_officialId_idx" ON "Evidence"("officialId");

-- CreateIndex
CREATE INDEX "Evidence_organizationId_idx" ON "Evidence"("organizationId");

-- CreateIndex
CREATE INDEX "Evidence_countryId_idx" ON "Evidence"("countryId");

-- CreateIndex
CREATE INDEX "Evidence_positionId_idx" ON "Evidence"("positionId");

-- CreateIndex
CREATE INDEX "Evidence_meetingId_idx" ON "Evidence"("meetingId");

-- CreateIndex
CREATE INDEX "Evidence_proposalId_idx" ON "Evidence"("proposalId");

-- CreateIndex
CREATE INDEX "Evidence_agreementId_idx" ON "Evidence"("agreementId");

-- CreateIndex
CREATE INDEX "Evidence_targetId_idx" ON "Evidence"("targetId");
