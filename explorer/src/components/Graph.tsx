// A weighted network drawn by Cytoscape.js (canvas): edge width and label follow the weight;
// Enter or a click on a node calls onOpen. Nodes are also listed as links below for the keyboard.
import { useEffect, useRef } from "react";
import cytoscape from "cytoscape";

export interface GraphNode {
  id: string;
  label: string;
  /** Drawn larger and in the accent colour (the page's own official). */
  focus?: boolean;
  /** Ring of the layout: higher ranks sit nearer the centre (default 1, focus 3). */
  rank?: number;
}
export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
}

export function Graph({ nodes, edges, onOpen, label }: { nodes: GraphNode[]; edges: GraphEdge[]; onOpen: (id: string) => void; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const open = useRef(onOpen);
  open.current = onOpen;
  useEffect(() => {
    if (!box.current) return;
    const max = Math.max(1, ...edges.map((e) => e.weight));
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...nodes.map((n) => ({ data: { id: n.id, label: n.label, focus: n.focus ? 1 : 0, rank: n.rank ?? (n.focus ? 3 : 1) } })),
        ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, weight: e.weight, width: 1 + (7 * e.weight) / max } })),
      ],
      // Rings by rank (one rank per ring): the official or the busiest nodes in the middle.
      layout: { name: "concentric", concentric: (n: cytoscape.NodeSingular) => n.data("rank"), levelWidth: () => 1, minNodeSpacing: 28, animate: false },
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 11, "background-color": "#5b7db1", color: "#1d2733", "text-valign": "bottom", "text-margin-y": 4, width: 14, height: 14 } },
        { selector: "node[focus = 1]", style: { "background-color": "#c0562f", width: 22, height: 22, "font-weight": "bold" } },
        { selector: "edge", style: { width: "data(width)", "line-color": "#9fb3cc", label: "data(weight)", "font-size": 9, color: "#4a5a6a", "curve-style": "bezier" } },
      ],
      wheelSensitivity: 0.3,
    });
    cy.on("tap", "node", (e) => open.current(e.target.id()));
    return () => cy.destroy();
  }, [nodes, edges]);
  return <div ref={box} className="graph" role="img" aria-label={label} data-nodes={nodes.length} data-edges={edges.length} />;
}
