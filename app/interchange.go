package app

import (
	"io"
	"strings"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/network"
	"github.com/aicamps/aicamps/views/timeline"
)

// interchangeWriter is the writer of an interchange file for the CLI's
// `export -o FILE NAME`: network.gexf, network.graphml or timeline.json
// (TimelineJS3), chosen by NAME and FILE's extension, in lang, as of asOf
// (zero: everything), with the default layout. ok is false when NAME and the
// extension name no interchange file (a picture, say).
func interchangeWriter(name, ext string, ds *data.Dataset, lang string, asOf time.Time) (write func(io.Writer) error, ok bool) {
	nw := network.Scene{Data: ds, Lang: lang, AsOf: asOf}
	switch strings.ToLower(strings.TrimPrefix(ext, ".")) + " " + name {
	case "gexf network":
		return func(w io.Writer) error { return network.WriteGEXFScene(w, nw) }, true
	case "graphml network":
		return func(w io.Writer) error { return network.WriteGraphMLScene(w, nw) }, true
	case "json timeline":
		tl := timeline.Scene{Data: ds, AsOf: asOf}
		return func(w io.Writer) error { return timeline.WriteTimelineJSScene(w, tl, lang) }, true
	}
	return nil, false
}
