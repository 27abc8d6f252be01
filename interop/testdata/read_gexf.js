// Parses a GEXF file with graphology-gexf (the parser behind Gephi Lite and
// sigma.js) and prints what the interop test checks: node and edge keys and
// the JavaScript type of every attribute value.
const fs = require('fs');
const Graph = require('graphology');
const { parse } = require('graphology-gexf');

const g = parse(Graph, fs.readFileSync(process.argv[2], 'utf8'), { addMissingNodes: false });
const version = (p) => JSON.parse(fs.readFileSync(require.resolve(p).replace(/(node_modules\/[^/]+)\/.*$/, '$1/package.json'), 'utf8')).version;
const types = (attrsList) => {
  const out = {};
  for (const attrs of attrsList) {
    for (const [k, v] of Object.entries(attrs)) {
      (out[k] = out[k] || new Set()).add(typeof v);
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v].sort()]));
};
console.log(JSON.stringify({
  graphology: version('graphology'),
  gexf: version('graphology-gexf'),
  type: g.type,
  nodes: g.nodes().sort(),
  edges: g.edges().sort(),
  undirected: g.undirectedSize,
  node_types: types(g.nodes().map((n) => g.getNodeAttributes(n))),
  edge_types: types(g.edges().map((e) => g.getEdgeAttributes(e))),
}));
