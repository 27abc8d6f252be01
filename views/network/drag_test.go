package network

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/views/export"
)

// While a company is dragged its camp's region follows it, step by step,
// not only after the drop: the widget shows the full picture with the
// company where the pointer is, and that picture's region takes it in.
func TestDragRegionFollows(t *testing.T) {
	v, w := newTestView(t)
	const id = "meta"
	campOf := func(g *geom) *hullGeom {
		for i, h := range g.hulls {
			for _, m := range v.sc.Data.Camps[h.camp].Members {
				if m.Company == id {
					return &g.hulls[i]
				}
			}
		}
		return nil
	}
	start, ok := v.nodePos(id)
	if !ok {
		t.Fatal("meta not drawn")
	}
	before := campOf(v.geom())
	if before == nil {
		t.Fatal("meta's camp has no region")
	}
	// Far from its camp: the old region does not reach there.
	d := fyne.NewDelta(-260, 180)
	to := start.Add(d)
	target := r2.Vec{X: float64(to.X * v.px), Y: float64(to.Y * v.px)}
	if inPolygon(before.poly, target) {
		t.Fatalf("target %v already inside the region; pick another", target)
	}
	v.canvas.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: start.AddXY(d.DX/2, d.DY/2)}, Dragged: fyne.NewDelta(d.DX/2, d.DY/2)})
	v.canvas.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(d.DX/2, d.DY/2)})
	w.Canvas().Capture() // the driver draws the raster, mid-drag
	box := v.pixelBox()
	got, ok := v.raster.Generator(box.Width(), box.Height()).(*image.RGBA) // what the raster shows at its size
	if !ok {
		t.Fatal("the raster's picture is not RGBA")
	}

	// The region as the picture draws it now takes in the dragged company.
	sc := v.sc
	sc.dragged = id
	g := sc.build(box, float64(v.px))
	during := campOf(g)
	if during == nil || !inPolygon(during.poly, g.nodes[g.byID[id]].c) {
		t.Fatalf("mid-drag, the region of meta's camp does not contain meta at %v", g.nodes[g.byID[id]].c)
	}
	// And that is what the widget shows, pixel for pixel.
	want, err := screenImage(box.Width(), box.Height(), float64(v.px), v.theme, sc.Lang, nil, func(f export.Frame) error { return Draw(f, sc) })
	if err != nil {
		t.Fatal(err)
	}
	if got.Rect != want.Rect {
		t.Fatalf("raster %v, full picture %v", got.Rect, want.Rect)
	}
	diff := 0
	for i := range got.Pix {
		if got.Pix[i] != want.Pix[i] {
			diff++
		}
	}
	if diff > 0 {
		t.Errorf("mid-drag picture differs from the full picture in %d bytes", diff)
	}
	v.canvas.DragEnd()
	if after := campOf(v.geom()); after == nil || !inPolygon(after.poly, g.nodes[g.byID[id]].c) {
		t.Error("after the drop the region lost meta")
	}
}
