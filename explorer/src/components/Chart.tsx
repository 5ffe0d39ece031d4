// An Observable Plot chart (SVG) rendered into a box and replaced when its data changes.
import { useEffect, useRef } from "react";

export function Chart({ render, label }: { render: (width: number) => (SVGSVGElement | HTMLElement) | null; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const chart = render(Math.max(280, el.clientWidth));
    if (chart) el.replaceChildren(chart);
    return () => el.replaceChildren();
  }, [render]);
  return <div ref={box} className="chart" role="img" aria-label={label} />;
}
