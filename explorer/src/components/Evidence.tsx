// The evidence panel: each report a fact was read from (for a meeting or an agreement, what that
// report said of it), with its sentences highlighted at the character spans the API gives, and the
// source as a link when it is a web address.
import { useEffect, useRef } from "react";
import { factEvidence, type Account, type EvidenceSpan } from "../data/evidence.ts";
import { useLoad } from "../useQuery.ts";

function isWebAddress(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

function Highlighted({ spans }: { spans: EvidenceSpan[] }) {
  const mark = useRef<HTMLElement>(null);
  // A block body: Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
  useEffect(() => {
    mark.current?.scrollIntoView({ block: "center" });
  }, [spans]);
  const text = spans[0].document.text;
  // Every sentence of this report in one copy of its text; a span overlapping the previous one is
  // left unmarked rather than cutting the text twice.
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const span of [...spans].sort((x, y) => x.start - y.start)) {
    if (span.start < at) continue;
    parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={span.id} ref={parts.length === 1 ? mark : undefined} data-start={span.start} data-end={span.end}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  parts.push(text.slice(at));
  return <p className="document-text">{parts}</p>;
}

function Report({ account, index, count, heading }: { account: Account; index: number; count: number; heading: string }) {
  const doc = account.spans[0]?.document;
  return (
    <section className="evidence-doc" data-document={account.documentId}>
      {/* A single report that says just what the heading says needs no label of its own. */}
      {account.label && (count > 1 || account.label !== heading) && (
        <p className="account">
          {count > 1 ? `Report ${index + 1} of ${count}: ` : ""}
          {account.label}
        </p>
      )}
      {!doc ? (
        <p className="muted">No sentence recorded from this report.</p>
      ) : (
        <>
          <h3>
            {doc.title ?? doc.source} <span className="muted">{doc.date}</span>
          </h3>
          <p className="muted">
            Source:{" "}
            {isWebAddress(doc.source) ? (
              <a href={doc.source} rel="noreferrer noopener" target="_blank">
                {doc.source}
              </a>
            ) : (
              doc.source
            )}
          </p>
          <Highlighted spans={account.spans} />
        </>
      )}
    </section>
  );
}

/** `report`: the one report to show (a lifecycle step names its report); all of them without it. */
export function EvidencePanel({ id, report, onClose, onShowAll }: { id: string; report: string | null; onClose: () => void; onShowAll: () => void }) {
  const loaded = useLoad((signal) => factEvidence(id, signal), [id]);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeButton.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  const accounts = loaded.state === "done" ? loaded.data.accounts : [];
  const shown = report ? accounts.filter((a) => a.documentId === report) : accounts;
  return (
    <aside className="evidence" aria-label="Evidence">
      <header>
        <h2>Evidence</h2>
        <button ref={closeButton} onClick={onClose} aria-label="Close evidence">
          ✕
        </button>
      </header>
      {loaded.state === "loading" && <p className="muted">Loading…</p>}
      {loaded.state === "error" && <p className="error">{loaded.message}</p>}
      {loaded.state === "done" && (
        <>
          <p className="fact">{loaded.data.heading}</p>
          {accounts.length > 1 && (
            <p className="muted reports">
              {report ? `${shown.length} of ${accounts.length} reports shown ` : `Told by ${accounts.length} reports`}
              {report && (
                <button className="link" onClick={onShowAll}>
                  show all
                </button>
              )}
            </p>
          )}
          {accounts.length === 0 && <p className="muted">No sentence recorded for this fact.</p>}
          {report && shown.length === 0 && accounts.length > 0 && <p className="error">None of its reports is {report}.</p>}
          {shown.map((account) => (
            <Report key={account.documentId} account={account} index={accounts.indexOf(account)} count={accounts.length} heading={loaded.data.heading} />
          ))}
        </>
      )}
    </aside>
  );
}
