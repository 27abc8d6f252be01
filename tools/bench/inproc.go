package main

import (
	"encoding/json"
	"image/png"
	"io"
	"sort"
	"time"

	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/synth"
	"github.com/aicamps/aicamps/views/charts"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/network"
	"github.com/aicamps/aicamps/views/timeline"
)

// timeIt runs f once to warm up, then runs times, and returns the median.
func timeIt(runs int, f func(i int)) time.Duration {
	f(-1)
	d := make([]time.Duration, runs)
	for i := range d {
		t0 := time.Now()
		f(i)
		d[i] = time.Since(t0)
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return d[len(d)/2]
}

// pair times a and b alternately (a b a b …) and returns both medians, so
// that the machine's load falls on both alike.
func pair(runs int, a, b func(i int)) (ma, mb time.Duration) {
	a(-1)
	b(-1)
	da, db := make([]time.Duration, runs), make([]time.Duration, runs)
	for i := range runs {
		t0 := time.Now()
		a(i)
		da[i] = time.Since(t0)
		t0 = time.Now()
		b(i)
		db[i] = time.Since(t0)
	}
	return medianD(da), medianD(db)
}

func medianD(d []time.Duration) time.Duration {
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// screen is a redraw of a view at 1920×1080 device pixels, as the widgets'
// rasters call it.
func screen(draw export.DrawFunc) {
	_, err := export.Image(1920, 1080, 1, export.Light, "en", draw)
	must(err)
}

// emptyFrame is the fixed cost of any redraw: a 1920×1080 raster, cleared
// to the background, with nothing drawn on it.
func emptyFrame() { screen(func(export.Frame) error { return nil }) }

type interactionCase struct {
	name string
	ds   *data.Dataset
}

// interaction times one redraw of each view after a pan and after a zoom,
// through the views' pure Draw paths (the layout is kept, as the widgets
// keep it), beside an empty frame of the same size.
func interaction(bundled *data.Dataset, runs int) []row {
	cases := []interactionCase{{"bundled (16/22/25)", bundled}, {"synth 1,000/3,000/2,000", synth.Dataset(1000, 3000, 2000, 1)}}
	var rows []row
	for _, c := range cases {
		opt := network.LayoutOptions{Seed: network.DefaultSeed}
		pos := network.Layout(c.ds, opt)
		from, to := timeline.FullRange(c.ds)
		span := to.Sub(from)
		ops := []struct {
			what string
			draw func(i int) export.DrawFunc
		}{
			{"network, pan", func(i int) export.DrawFunc {
				sc := network.Scene{Data: c.ds, Pos: pos, Layout: opt, Lang: "en", Zoom: 1, Pan: r2.Vec{X: float64(40 + i%5*10), Y: -30}}
				return func(f export.Frame) error { return network.Draw(f, sc) }
			}},
			{"network, zoom 2×", func(i int) export.DrawFunc {
				sc := network.Scene{Data: c.ds, Pos: pos, Layout: opt, Lang: "en", Zoom: 2 + float64(i%3)*0.1}
				return func(f export.Frame) error { return network.Draw(f, sc) }
			}},
			{"timeline, pan", func(i int) export.DrawFunc {
				d := span / time.Duration(8+i%3)
				return timeline.DrawFunc(timeline.Scene{Data: c.ds, From: from.Add(d), To: to.Add(d)})
			}},
			{"timeline, zoom 2×", func(i int) export.DrawFunc {
				q := span / time.Duration(4+i%3)
				return timeline.DrawFunc(timeline.Scene{Data: c.ds, From: from.Add(q), To: to.Add(-q)})
			}},
		}
		for _, op := range ops {
			ours, base := pair(runs, func(i int) { screen(op.draw(i)) }, func(int) { emptyFrame() })
			progress("interaction %s %s: %v (empty frame %v)", c.name, op.what, ours, base)
			rows = append(rows, timeRow(op.what+", "+c.name, ours, base, "< 100 ms", ours < 100*time.Millisecond))
		}
	}
	// The charts neither pan nor zoom: a resize redraws them.
	for _, it := range charts.Items(bundled, "en", time.Time{}) {
		ours, base := pair(runs, func(int) { screen(it.Draw) }, func(int) { emptyFrame() })
		progress("interaction chart %s: %v", it.Name, ours)
		rows = append(rows, timeRow("chart "+it.Name+", resize, bundled", ours, base, "< 100 ms", ours < 100*time.Millisecond))
	}
	return rows
}

// scaled is the bundled dataset's shape (16 companies, 22 relations, 25
// events) times k, from the generator.
func scaled(k int) *data.Dataset { return synth.Dataset(16*k, 22*k, 25*k, 1) }

// scaleStep is one size of the scaling table.
type scaleStep struct {
	k                               int
	bytes                           int
	decode, load, layout, exportPNG time.Duration
	exportSVG                       time.Duration
}

// scaling times load (syntax, schema and meaning checks, i.e. validation),
// plain encoding/json decoding, the network layout, and the export of the
// network and timeline (PNG 2× and SVG) at 1×, 10× and 100× the bundled size.
func scaling(runs int, ks []int) []scaleStep {
	var steps []scaleStep
	for _, k := range ks {
		ds := scaled(k)
		b, err := json.MarshalIndent(ds, "", "  ")
		must(err)
		s := scaleStep{k: k, bytes: len(b)}
		s.load, s.decode = pair(runs, func(int) {
			_, err := data.Load("synth.json", b)
			must(err)
		}, func(int) {
			var d data.Dataset
			must(json.Unmarshal(b, &d))
		})
		opt := network.LayoutOptions{Seed: network.DefaultSeed}
		var pos network.Positions
		s.layout = timeIt(runs, func(int) { pos = network.Layout(ds, opt) })
		items := []export.Item{
			network.SceneItem(network.Scene{Data: ds, Pos: pos, Layout: opt, Lang: "en"}),
			timeline.Item(ds, "en", time.Time{}),
		}
		render := func(format string) func(int) {
			return func(int) {
				for _, it := range items {
					o := export.Defaults()
					o.Format = format
					must(export.Render(io.Discard, it.Apply(o), it.Draw))
				}
			}
		}
		s.exportPNG, s.exportSVG = pair(runs, render(export.PNG), render(export.SVG))
		progress("scaling %d×: load %v decode %v layout %v export png %v svg %v", k, s.load, s.decode, s.layout, s.exportPNG, s.exportSVG)
		steps = append(steps, s)
	}
	return steps
}

// startupWork times, in this process, what the window does before its first
// frame, step by step.
func startupWork(runs int) []row {
	var ds *data.Dataset
	var rows []row
	add := func(what string, d time.Duration, needed string) {
		rows = append(rows, row{Item: what, Ours: ms(d), Base: needed})
	}
	add("load the bundled data (data.Bundled: decode and meaning checks; the schema is checked in the tests)", timeIt(runs, func(int) {
		var err error
		ds, err = data.Bundled()
		must(err)
	}), "yes: every view shows it")
	opt := network.LayoutOptions{Seed: network.DefaultSeed}
	var pos network.Positions
	add("network layout, bundled (on a goroutine)", timeIt(runs, func(int) { pos = network.Layout(ds, opt) }), "no: the window shows first, the network draws when ready")
	sc := network.Scene{Data: ds, Pos: pos, Layout: opt, Lang: "en"}
	add("first network picture, 1280×800", timeIt(runs, func(int) {
		_, err := export.Image(1280, 800, 1, export.Light, "en", func(f export.Frame) error { return network.Draw(f, sc) })
		must(err)
	}), "for the first full frame, not for the window")
	add("timeline picture, 1280×800 (hidden tab)", timeIt(runs, func(int) {
		_, err := export.Image(1280, 800, 1, export.Light, "en", timeline.DrawFunc(timeline.Scene{Data: ds}))
		must(err)
	}), "no, unless it is the last view")
	add("chart specs, every chart (charts.Items)", timeIt(runs, func(int) { charts.Items(ds, "en", time.Time{}) }), "no, unless it is the last view")
	return rows
}

// encoders times the encoding of one 3840×2160 export picture by the
// app's encoder (export.EncodePNG: bands of rows deflated on every core)
// against Go's image/png at its default and fastest compression, alternating.
func encoders(ds *data.Dataset, runs int) (ours, def, fast time.Duration, oursBytes, defBytes, fastBytes int) {
	it := network.Item(ds, "en", time.Time{})
	img, err := export.Image(3840, 2160, 2, export.Light, "en", it.Draw)
	must(err)
	var n countWriter
	ours, def = pair(runs, func(int) {
		n = 0
		must(export.EncodePNG(&n, img))
		oursBytes = int(n)
	}, func(int) {
		n = 0
		must(png.Encode(&n, img))
		defBytes = int(n)
	})
	fast = timeIt(runs, func(int) {
		n = 0
		must((&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&n, img))
		fastBytes = int(n)
	})
	return
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }
