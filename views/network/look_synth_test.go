package network

import (
	"fmt"
	"image"
	"testing"
	"time"

	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data/synth"
	"github.com/aicamps/aicamps/views/export"
)

// TestLookSynth writes synthetic networks of 200 and 1,000 companies to
// $NETWORK_LOOK, for eyes.
func TestLookSynth(t *testing.T) {
	dir := lookDir(t)
	for _, n := range []int{200, 1000} {
		ds := synth.Dataset(n, n*5/4, 0, 1)
		it := Item(ds, "en", time.Time{})
		o := export.Defaults()
		o.Scale = 1
		lookExport(t, dir, fmt.Sprintf("synth-%d.png", n), it, o)
		// The widget's path: screen pixels, no chrome.
		opt := LayoutOptions{Seed: DefaultSeed}
		sc := Scene{Data: ds, Pos: Layout(ds, opt), Layout: opt, Lang: "en", NoLegend: true}
		img, err := screenImage(1920, 1080, 1, export.Light, "en", nil, func(f export.Frame) error { return Draw(f, sc) })
		if err != nil {
			t.Fatal(err)
		}
		lookPNG(t, dir, fmt.Sprintf("screen-%d.png", n), img)
	}
}

// TestLookInteractive writes what the widget shows while hovering, panning
// and dragging (over its cached picture) next to a full redraw of the same
// state, to $NETWORK_LOOK.
func TestLookInteractive(t *testing.T) {
	dir := lookDir(t)
	save := func(name string, img image.Image) { lookPNG(t, dir, name, img) }
	for _, n := range []int{20, 1000} {
		ds := synth.Dataset(n, n*5/4, 0, 1)
		v := newView(ds, "en", func(f func()) { f() })
		<-v.ready
		v.render(1600, 900)
		hub := ds.Companies[0].ID
		v.sc.Hover = hub
		v.hoverVer++
		save(fmt.Sprintf("hover-%d.png", n), v.render(1600, 900))
		full, _ := screenImage(1600, 900, 1, v.theme, "en", nil, func(f export.Frame) error { return Draw(f, v.sc) })
		save(fmt.Sprintf("hover-%d-full.png", n), full)
		v.sc.Hover = ""
		// A company dragged two steps, drawn over the picture of the rest.
		v.dragNode = hub
		for _, dx := range []float64{40, 120} {
			p := v.sc.Pos[hub]
			v.sc.Pos = clonePos(v.sc.Pos)
			v.sc.Pos[hub] = r2.Vec{X: p.X + dx, Y: p.Y + dx/2}
			v.hoverVer++
			v.render(1600, 900)
		}
		save(fmt.Sprintf("drag-%d.png", n), v.cache)
		v.dragNode = ""
		v.version++
		v.sc.Zoom, v.sc.Pan = 1.5, r2.Vec{X: 200, Y: 50}
		v.viewGen++
		v.lastView = time.Now()
		save(fmt.Sprintf("zoom-%d-live.png", n), v.render(1600, 900))
		v.lastView = time.Time{}
		save(fmt.Sprintf("zoom-%d-settled.png", n), v.render(1600, 900))
	}
}
