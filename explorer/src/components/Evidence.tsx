// The evidence panel: each document a fact was read from, with its sentence highlighted at the
// character span the API gives, and the source as a link when it is a web address.
import { useEffect, useRef } from "react";
import { factEvidence, type EvidenceSpan } from "../data/evidence.ts";
import { useLoad } from "../useQuery.ts";

function isWebAddress(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

function Highlighted({ span }: { span: EvidenceSpan }) {
  const mark = useRef<HTMLElement>(null);
  // A block body: Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
  useEffect(() => {
    mark.current?.scrollIntoView({ block: "center" });
  }, [span]);
  const text = span.document.text;
  return (
    <p className="document-text">
      {text.slice(0, span.start)}
      <mark ref={mark} data-start={span.start} data-end={span.end}>
        {text.slice(span.start, span.end)}
      </mark>
      {text.slice(span.end)}
    </p>
  );
}

export function EvidencePanel({ id, onClose }: { id: string; onClose: () => void }) {
  const loaded = useLoad((signal) => factEvidence(id, signal), [id]);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeButton.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
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
          {loaded.data.spans.length === 0 && <p className="muted">No sentence recorded for this fact.</p>}
          {loaded.data.spans.map((span) => (
            <section key={span.id} className="evidence-doc">
              <h3>
                {span.document.title ?? span.document.source} <span className="muted">{span.document.date}</span>
              </h3>
              <p className="muted">
                Source:{" "}
                {isWebAddress(span.document.source) ? (
                  <a href={span.document.source} rel="noreferrer noopener" target="_blank">
                    {span.document.source}
                  </a>
                ) : (
                  span.document.source
                )}
              </p>
              <Highlighted span={span} />
            </section>
          ))}
        </>
      )}
    </aside>
  );
}
