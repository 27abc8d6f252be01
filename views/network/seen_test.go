package network

import (
	"bytes"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/views/export"
)

// renderSeen exports the item as a small PNG with the given choices, by the
// path every export takes (export.Render).
func renderSeen(t *testing.T, it export.Item, s export.Seen) []byte {
	t.Helper()
	o := it.Apply(export.Defaults())
	o.Width, o.Height, o.Scale, o.Seen = 640, 360, 1, s
	var b bytes.Buffer
	if err := export.Render(&b, o, it.Draw); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestExportKeepsTheHighlight: with the option on, an export with a company
// selected (or a camp lit) differs from one without; with it off, it is the
// unhighlighted picture.
func TestExportKeepsTheHighlight(t *testing.T) {
	keep, drop := export.Seen{Highlight: true}, export.Seen{}
	for _, c := range []struct {
		name  string
		light func(v *View)
	}{
		{"selected company", func(v *View) { v.Select("openai") }},
		{"lit camp", func(v *View) { v.HighlightCamp(v.sc.Data.Camps[0].ID) }},
		{"selected relation", func(v *View) { v.SelectRelation("ms-openai-inv") }},
	} {
		t.Run(c.name, func(t *testing.T) {
			v, _ := newTestView(t)
			plain := renderSeen(t, v.Current(), keep)
			c.light(v)
			it := v.Current()
			if bytes.Equal(renderSeen(t, it, keep), plain) {
				t.Error("the export with the highlight kept looks like the plain one")
			}
			if !bytes.Equal(renderSeen(t, it, drop), plain) {
				t.Error("the export without the highlight differs from the plain one")
			}
		})
	}
}

// visibleSet is the companies whose centres fall in the network's area.
func visibleSet(g *geom) []string {
	var ids []string
	for _, n := range g.nodes {
		if n.c.X >= float64(g.area.Left) && n.c.X <= float64(g.area.Right) && n.c.Y >= float64(g.area.Top) && n.c.Y <= float64(g.area.Bottom) {
			ids = append(ids, n.id)
		}
	}
	slices.Sort(ids)
	return ids
}

// TestExportAsFramed: zoomed and panned on screen, an export as framed
// differs from a fitted one and shows the companies the canvas shows, in
// slides of several shapes; fitted, it shows them all.
func TestExportAsFramed(t *testing.T) {
	v, w := newTestView(t)
	w.Resize(fyne.NewSize(1280, 800))
	w.Canvas().Capture()
	fitted := renderSeen(t, v.Current(), export.Seen{})
	g := v.geom()
	v.zoomBy(2.5, g.nodes[g.byID["openai"]].c)
	v.sc.Pan.X += 60
	w.Canvas().Capture()
	screen := visibleSet(v.geom())
	all := len(v.geom().nodes)
	if len(screen) == 0 || len(screen) == all {
		t.Fatalf("zoomed in, the canvas shows %d of %d companies", len(screen), all)
	}
	it := v.Current()
	if bytes.Equal(renderSeen(t, it, export.Seen{Framed: true}), renderSeen(t, it, export.Seen{})) {
		t.Error("the framed export looks like the fitted one")
	}
	if !bytes.Equal(renderSeen(t, it, export.Seen{}), fitted) {
		t.Error("the fitted export changed with the screen's zoom")
	}
	sc := v.Scene()
	sc.Framing = v.framing()
	sc = sc.forExport()
	for _, box := range []chart.Box{chart.NewBox(168, 56, 1864, 1000), chart.NewBox(0, 0, 1500, 1200)} {
		fr, fit := sc.seen(export.Seen{Framed: true}), sc.seen(export.Seen{})
		framed := visibleSet(fr.build(box, 1))
		if !slices.Equal(framed, screen) {
			t.Errorf("in %dx%d the framed export shows %v, the screen %v", box.Width(), box.Height(), framed, screen)
		}
		if n := len(visibleSet(fit.build(box, 1))); n != all {
			t.Errorf("in %dx%d the fitted export shows %d of %d", box.Width(), box.Height(), n, all)
		}
	}
}

// TestExportFollowsFilters: a hidden camp or relation type leaves the
// export (and its counts) as it leaves the screen.
func TestExportFollowsFilters(t *testing.T) {
	v, _ := newTestView(t)
	plain := v.Current()
	v.sc.HiddenCamps[v.sc.Data.Camps[0].ID] = true
	v.sc.HiddenTypes["investment"] = true
	v.filtered()
	it := v.Current()
	if it.Subtitle == plain.Subtitle || bytes.Equal(renderSeen(t, it, export.Seen{}), renderSeen(t, plain, export.Seen{})) {
		t.Errorf("filtered export: subtitle %q, unfiltered %q, or the same picture", it.Subtitle, plain.Subtitle)
	}
}
