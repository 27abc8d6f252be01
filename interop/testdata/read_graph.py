"""Reads a GEXF or GraphML file with networkx, as a user would, and prints
what the interop test checks: the node and edge IDs, and the Python type of
every attribute value (so that a number read as a string shows)."""
import json
import sys

import networkx as nx

kind, path = sys.argv[1], sys.argv[2]
G = nx.read_gexf(path) if kind == "gexf" else nx.read_graphml(path)


def types(items):
    out = {}
    for attrs in items:
        for k, v in attrs.items():
            if k == "viz":
                for vk, vv in v.items():
                    out.setdefault("viz." + vk, set()).add(type(vv).__name__)
                continue
            out.setdefault(k, set()).add(type(v).__name__)
    return {k: sorted(v) for k, v in out.items()}


# A multigraph keys its edges by the file's edge ID (GraphML) or keeps the
# ID in the data (GEXF).
if G.is_multigraph():
    edges = [(u, v, {"id": k, **d}) for u, v, k, d in G.edges(keys=True, data=True)]
else:
    edges = list(G.edges(data=True))
print(json.dumps({
    "networkx": nx.__version__,
    "class": type(G).__name__,
    "mode": G.graph.get("mode", ""),
    "nodes": sorted(G.nodes()),
    "edges": sorted({str(d.get("id", "")) for _, _, d in edges}),
    "edge_count": len(edges),
    "node_types": types(d for _, d in G.nodes(data=True)),
    "edge_types": types({k: v for k, v in d.items() if k != "id"} for _, _, d in edges),
    "sample_node": {k: v for k, v in dict(G.nodes[sorted(G.nodes())[0]]).items() if k != "viz"},
}, ensure_ascii=False))
