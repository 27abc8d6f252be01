package network

import (
	"bytes"
	"image"
	"image/draw"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/wcharczuk/go-chart/v2/drawing"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/synth"
	"github.com/aicamps/aicamps/views/export"
)

func white(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	return img
}

// inked is how much darker than white the pixel is, 0–1.
func inked(img *image.RGBA, x, y int) float64 {
	return 1 - float64(img.Pix[img.PixOffset(x, y)+1])/255
}

func TestPixelPrimitives(t *testing.T) {
	black := drawing.Color{A: 255}
	// A 4 px horizontal stroke from x=10 to x=50 along y=20.
	img := white(64, 40)
	strokePolyline(img, []r2.Vec{{X: 10, Y: 20}, {X: 50, Y: 20}}, 4, black, nil)
	for _, c := range []struct {
		x, y int
		want float64
	}{{30, 18, 1}, {30, 21, 1}, {30, 15, 0}, {30, 24, 0}, {5, 20, 0}, {55, 20, 0}, {11, 19, 1}} {
		if got := inked(img, c.x, c.y); math.Abs(got-c.want) > 0.01 {
			t.Errorf("stroke at (%d,%d): ink %.2f, want %.0f", c.x, c.y, got, c.want)
		}
	}
	// Dashed 5 on, 5 off: the first dash inked, the first gap not.
	img = white(64, 40)
	strokePolyline(img, []r2.Vec{{X: 0, Y: 20}, {X: 60, Y: 20}}, 4, black, []float64{5, 5})
	if inked(img, 2, 20) < 0.99 || inked(img, 7, 20) > 0.01 || inked(img, 12, 20) < 0.99 {
		t.Errorf("dashes: ink %.2f %.2f %.2f at x=2,7,12", inked(img, 2, 20), inked(img, 7, 20), inked(img, 12, 20))
	}
	// A disc of radius 10 inks about π·10² pixels.
	img = white(64, 64)
	fillDisc(img, r2.Vec{X: 32, Y: 32}, 10, black)
	total := 0.0
	for y := range 64 {
		for x := range 64 {
			total += inked(img, x, y)
		}
	}
	if math.Abs(total-math.Pi*100) > 4 {
		t.Errorf("disc ink %.1f, want ≈%.1f", total, math.Pi*100)
	}
	// Half-transparent fill blends halfway.
	img = white(16, 16)
	fillPolygon(img, []r2.Vec{{X: 0, Y: 0}, {X: 16, Y: 0}, {X: 16, Y: 16}, {X: 0, Y: 16}}, drawing.Color{A: 128})
	if got := inked(img, 8, 8); math.Abs(got-0.5) > 0.01 {
		t.Errorf("half-transparent fill: ink %.2f", got)
	}
}

// Regions filled in one pass are the regions filled one after another.
func TestFillRegionsAsOneByOne(t *testing.T) {
	polys := [][]r2.Vec{
		circlePoints(r2.Vec{X: 40, Y: 40}, 30, 9),
		{{X: 10, Y: 70}, {X: 90, Y: 5}, {X: 95, Y: 60}},
		circlePoints(r2.Vec{X: 60, Y: 50}, 25.3, 7),
		{{X: -20, Y: 30}, {X: 50, Y: 30}, {X: 50, Y: 31.7}, {X: -20, Y: 31.7}},
	}
	cols := []drawing.Color{{R: 200, A: 25}, {G: 180, B: 20, A: 40}, {R: 10, G: 10, B: 250, A: 25}, {A: 200}}
	want := white(100, 80)
	for i, p := range polys {
		fillPolygon(want, p, cols[i])
	}
	// Whole, and in bands as a batch paints; over a fresh picture, known
	// to be all white, written without reading it.
	for _, fresh := range []bool{false, true} {
		for _, band := range []int{80, 7} {
			got := white(100, 80)
			for y := 0; y < 80; y += band {
				sub := got.SubImage(image.Rect(0, y, 100, min(80, y+band))).(*image.RGBA)
				var luts []*[4][256]uint8
				for _, c := range cols {
					luts = append(luts, blendTable(c))
				}
				fillRegions(sub, polys, luts, 0xFFFFFFFF, fresh)
			}
			if !bytes.Equal(got.Pix, want.Pix) {
				t.Errorf("bands of %d rows (fresh %v): one pass differs from one by one", band, fresh)
			}
		}
	}
}

// A company's two discs in one pass are the two discs one after another,
// over any picture, opaque (whose inside is written, not blended) or not.
func TestFillNodeAsTwoDiscs(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	col := func(a uint8) drawing.Color {
		return drawing.Color{R: uint8(rng.IntN(256)), G: uint8(rng.IntN(256)), B: uint8(rng.IntN(256)), A: a}
	}
	for k := range 300 {
		c := r2.Vec{X: rng.Float64()*50 - 5, Y: rng.Float64()*50 - 5}
		r := 0.5 + rng.Float64()*14
		rIn := r - max(2.5, 0.3*r)
		ring, disc := col(255), col(255)
		if k%3 == 1 {
			ring, disc = col(uint8(1+rng.IntN(255))), col(uint8(1+rng.IntN(255)))
		}
		base := image.NewRGBA(image.Rect(0, 0, 40, 40))
		for i := range base.Pix {
			base.Pix[i] = uint8(rng.IntN(256))
		}
		want := image.NewRGBA(base.Rect)
		copy(want.Pix, base.Pix)
		fillDisc(want, c, r, ring)
		fillDisc(want, c, rIn, disc)
		got := image.NewRGBA(base.Rect)
		copy(got.Pix, base.Pix)
		fillNode(got, c, r, rIn, ring, disc, blendTable(ring), blendTable(disc))
		if !bytes.Equal(got.Pix, want.Pix) {
			t.Fatalf("case %d: node at %v (r %.2f, %.2f, ring %v, disc %v) differs from two discs", k, c, r, rIn, ring, disc)
		}
	}
}

// The widget's reused pixel buffers and kept legend give the very pixels
// of a fresh frame, through changes of theme, language, filters and size,
// and never draw over the picture on screen.
func TestReusedFrameSameAsFresh(t *testing.T) {
	for _, n := range []int{20, 1000} {
		ds := benchData(n)
		opt := LayoutOptions{Seed: 1}
		sc := Scene{Data: ds, Pos: Layout(ds, opt), Layout: opt, Lang: "en"}
		kept := sc
		kept.memo = newTextMemo()
		var shown image.Image
		fs := &frames{busy: func() []image.Image { return []image.Image{shown} }}
		steps := []struct {
			name string
			th   export.Theme
			w, h int
			edit func(s *Scene)
		}{
			{"first", export.Light, 1280, 720, func(*Scene) {}},
			{"again", export.Light, 1280, 720, func(*Scene) {}},
			{"dark", export.Dark, 1280, 720, func(*Scene) {}},
			{"zh", export.Light, 1280, 720, func(s *Scene) { s.Lang = "zh" }},
			{"filter", export.Light, 1280, 720, func(s *Scene) { s.HiddenTypes = map[string]bool{"investment": true} }},
			{"degree", export.Light, 1280, 720, func(s *Scene) { s.SizeBy = SizeByDegree }},
			{"resize", export.Light, 1000, 700, func(*Scene) {}},
			{"back", export.Light, 1280, 720, func(*Scene) {}},
			{"back again", export.Light, 1280, 720, func(*Scene) {}},
		}
		for _, st := range steps {
			a, b := kept, sc
			st.edit(&a)
			st.edit(&b)
			got, err := screenDrawOn(fs, st.w, st.h, 1, st.th, a.Lang, a) // the widget's full redraw
			if err != nil {
				t.Fatal(err)
			}
			if got == shown {
				t.Fatalf("nodes=%d %s: drew over the picture on screen", n, st.name)
			}
			want, _ := screenImage(st.w, st.h, 1, st.th, b.Lang, nil, func(f export.Frame) error { return Draw(f, b) })
			if !bytes.Equal(got.Pix, want.Pix) {
				t.Errorf("nodes=%d %s: reused frame differs from a fresh one", n, st.name)
			}
			shown = got
		}
		if len(fs.rs) > maxFrames {
			t.Errorf("nodes=%d: %d buffers kept", n, len(fs.rs))
		}
	}
}

// blendAlpha is (c·a + p·(255−a) + 127) / 255 per channel, exactly, for
// every alpha and a spread of colours and pixels.
func TestBlendAlphaExact(t *testing.T) {
	vals := []uint8{0, 1, 2, 17, 100, 127, 128, 200, 254, 255}
	pix := make([]uint8, 4)
	for a := range uint32(256) {
		for _, cv := range vals {
			for _, pv := range vals {
				c := drawing.Color{R: cv, G: 255 - cv, B: cv / 2, A: 255}
				p := [4]uint8{pv, 255 - pv, pv / 3, 255 - pv/2}
				copy(pix, p[:])
				blendAlpha(pix, 0, c, a)
				for ch, cc := range [4]uint32{uint32(c.R), uint32(c.G), uint32(c.B), 255} {
					want := uint8((cc*a + uint32(p[ch])*(255-a) + 127) / 255)
					if pix[ch] != want {
						t.Fatalf("a=%d c=%v p=%v channel %d: %d, want %d", a, c, p, ch, pix[ch], want)
					}
				}
			}
		}
	}
}

// floorInt and ceilInt stand in for int(math.Floor(x)) and
// int(math.Ceil(x)) in the pixel loops: they must agree on every x there.
func TestFloorCeilInt(t *testing.T) {
	xs := []float64{0, -0.0, 0.5, -0.5, 1, -1, 2.999999, -2.000001, 1e-300, -1e-300, 1919.5, -12.25, 1 << 40, -(1 << 40) - 0.5}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 1000 {
		xs = append(xs, (rng.Float64()-0.5)*5000)
	}
	for _, x := range xs {
		if got, want := floorInt(x), int(math.Floor(x)); got != want {
			t.Errorf("floorInt(%v) = %d, want %d", x, got, want)
		}
		if got, want := ceilInt(x), int(math.Ceil(x)); got != want {
			t.Errorf("ceilInt(%v) = %d, want %d", x, got, want)
		}
	}
}

// The faster strokes and arrow heads paint the very pixels the reference
// (ref_test.go) paints, on random segments and triangles over a random
// picture, dashed or not, partly outside it or not.
func TestStrokeConvexMatchReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	dashes := [][]float64{nil, {12, 6}, {14, 4, 3, 4}, {2, 5}, {7, 6}, {1, 1}}
	for k := range 1200 {
		base := image.NewRGBA(image.Rect(0, 0, 96, 80))
		for i := range base.Pix {
			base.Pix[i] = uint8(rng.IntN(256))
		}
		// Sometimes a band of rows, as pixelBatch paints.
		sub := base
		if k%3 == 0 {
			sub = base.SubImage(image.Rect(0, 20, 96, 52)).(*image.RGBA)
		}
		pt := func() r2.Vec { return r2.Vec{X: rng.Float64()*130 - 17, Y: rng.Float64()*110 - 15} }
		col := drawing.Color{R: uint8(rng.IntN(256)), G: uint8(rng.IntN(256)), B: uint8(rng.IntN(256)), A: uint8(1 + rng.IntN(255))}
		if k%2 == 0 { // opaque: fully covered pixels are written, not blended
			col.A = 255
		}
		a, b := pt(), pt()
		if k%7 == 0 { // horizontal and vertical
			b.Y = a.Y
		} else if k%7 == 1 {
			b.X = a.X
		} else if k%5 == 0 { // short, as a rivalry's zigzag is made of
			b = r2.Add(a, r2.Vec{X: rng.Float64()*10 - 5, Y: rng.Float64()*10 - 5})
		}
		w := 0.5 + rng.Float64()*8
		if k%4 == 1 {
			w = 1 + rng.Float64()*3 // a big graph's relations
		}
		dash := newDashBits(dashes[k%len(dashes)])
		along := rng.Float64() * 40
		want := image.NewRGBA(base.Rect)
		copy(want.Pix, base.Pix)
		got := image.NewRGBA(base.Rect)
		copy(got.Pix, base.Pix)
		on := func(img *image.RGBA) *image.RGBA {
			if sub == base {
				return img
			}
			return img.SubImage(sub.Rect).(*image.RGBA)
		}
		lut := blendTable(col)
		refStrokeSegment(on(want), a, b, w, col, lut, dash, along)
		strokeSegment(on(got), a, b, w, col, dash, along)
		tri := []r2.Vec{pt(), pt(), pt()}
		refFillConvex(on(want), tri, col)
		fillConvex(on(got), tri, col)
		if !bytes.Equal(want.Pix, got.Pix) {
			t.Fatalf("case %d (%v→%v, w %.2f, dash %v, triangle %v): pixels differ", k, a, b, w, dashes[k%len(dashes)], tri)
		}
	}
}

// A dash pattern's runs: runAt gives the stretch of samples about any
// sample in its state, whole (or the pattern's length when it has one
// state), across the period's ends and below zero.
func TestDashRuns(t *testing.T) {
	for _, dash := range [][]float64{{12, 6}, {14, 4, 3, 4}, {2, 5}, {1, 0.01}, {5, 5, 0.3, 5}, {3}} {
		d := newDashBits(dash)
		period := 0.0
		for _, l := range dash {
			period += l
		}
		for i := range d.m {
			if on := dashOn(dash, period, (float64(i)+0.5)/d.k); on != (d.m[i] != 0) {
				t.Fatalf("%v: sample %d is %v, dashOn says %v", dash, i, d.m[i] != 0, on)
			}
		}
		state := func(i int) bool { return d.m[i&127] != 0 }
		for i := -300; i < 300; i++ {
			lo, hi, on := d.runAt(i)
			if lo > i || hi <= i || on != state(i) {
				t.Fatalf("%v: runAt(%d) = %d, %d, %v", dash, i, lo, hi, on)
			}
			for j := lo; j < hi; j++ {
				if state(j) != on {
					t.Fatalf("%v: runAt(%d) = [%d, %d) %v, but sample %d differs", dash, i, lo, hi, on, j)
				}
			}
			if hi-lo < 128 && (state(lo-1) == on || state(hi) == on) {
				t.Fatalf("%v: runAt(%d) = [%d, %d) is not the whole run", dash, i, lo, hi)
			}
		}
	}
}

// The memo's sums and camp index follow the dataset drawn: another
// dataset, even one drawn after it with the same memo, gets its own.
func TestMemoDataIndexFollowsData(t *testing.T) {
	m := newTextMemo()
	for _, ds := range []*data.Dataset{benchData(20), benchData(1000), benchData(20)} {
		st, camps := m.dataIndex(ds)
		want := stats(ds)
		if st.n != want.n || st.maxValue != want.maxValue || st.maxDeg != want.maxDeg || len(camps) != len(campIndex(ds)) {
			t.Fatalf("%d companies: memo gives the sums of another dataset", len(ds.Companies))
		}
	}
}

// Camp regions over a fresh picture are written without reading it: the
// very pixels of a frame drawn over a copy of the same background, where
// they are blended, in both themes, at both scales, selected and zoomed.
func TestFreshRegionsSameAsBlended(t *testing.T) {
	for _, n := range []int{20, 1000} {
		ds := benchData(n)
		opt := LayoutOptions{Seed: 1}
		base := Scene{Data: ds, Pos: Layout(ds, opt), Layout: opt, Lang: "en"}
		for _, th := range []export.Theme{export.Light, export.Dark} {
			for _, change := range []func(*Scene){func(*Scene) {}, func(sc *Scene) { sc.Selected = ds.Companies[0].ID }, func(sc *Scene) { sc.Zoom = 3 }} {
				sc := base
				change(&sc)
				fresh, err := screenDrawOn(&frames{}, 960, 540, 1, th, "en", sc)
				if err != nil {
					t.Fatal(err)
				}
				bg := image.NewRGBA(fresh.Rect)
				draw.Draw(bg, bg.Rect, &image.Uniform{C: th.Background}, image.Point{}, draw.Src)
				blended, err := screenImageOn(&frames{}, 960, 540, 1, th, "en", bg, func(f export.Frame) error { return Draw(f, sc) })
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(fresh.Pix, blended.Pix) {
					t.Errorf("%d companies, %s theme, zoom %v, selected %q: fresh frame differs from blended", n, th.Name, sc.Zoom, sc.Selected)
				}
			}
		}
	}
}

// The memo's sums follow the dataset drawn even when another has the same
// numbers of companies, relations and camps.
func TestMemoDataIndexSameShape(t *testing.T) {
	m := newTextMemo()
	a, b := synth.Dataset(50, 60, 0, 1), synth.Dataset(50, 60, 0, 2)
	if stats(a).maxValue == stats(b).maxValue {
		t.Fatal("the two datasets should differ in their largest deal sum")
	}
	for _, ds := range []*data.Dataset{a, b, a} {
		if st, _ := m.dataIndex(ds); st.maxValue != stats(ds).maxValue {
			t.Fatal("memo gives the sums of another dataset of the same shape")
		}
	}
}

// The widget's memo keeps a big graph's pixel batch for the next frame and
// lets it go when a small graph is drawn.
func TestMemoOpsFollowGraphSize(t *testing.T) {
	memo := newTextMemo()
	opt := LayoutOptions{Seed: 1}
	for _, tc := range []struct {
		n    int
		kept bool
	}{{1000, true}, {20, false}, {1000, true}} {
		ds := benchData(tc.n)
		sc := Scene{Data: ds, Pos: Layout(ds, opt), Layout: opt, Lang: "en", memo: memo}
		if _, err := screenDrawOn(&frames{}, 960, 540, 1, export.Light, "en", sc); err != nil {
			t.Fatal(err)
		}
		if kept := cap(memo.ops) > 0; kept != tc.kept {
			t.Errorf("after %d companies: batch kept %v, want %v", tc.n, kept, tc.kept)
		}
	}
}
