package picture

import (
	"image"
	"image/color"
	"image/draw"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

var (
	paper = color.RGBA{255, 255, 255, 255}
	ink   = color.RGBA{200, 0, 0, 255}
)

// board is the smallest widget on a Cache: a raster showing a bar at x =
// 40 + the pan, which a drag moves, in the colour of its scene.
type board struct {
	widget.BaseWidget
	raster  *canvas.Raster
	pic     *Cache[Key, int]
	version int // bumped when the scene (the bar's colour) changes
	pan     int
	colour  color.RGBA
	draws   int      // full drawings so far
	timers  []func() // the settle timers started, to fire by hand
	delays  []time.Duration
}

func newBoard() *board {
	b := &board{colour: ink}
	b.ExtendBaseWidget(b)
	b.raster = canvas.NewRaster(b.render)
	b.pic = New(b.drawBar, func(base *image.RGBA, from, to int) *image.RGBA {
		cols := make([]int, base.Rect.Dx())
		for x := range cols {
			cols[x] = x - (to - from)
			if cols[x] < 0 || cols[x] >= len(cols) {
				cols[x] = -1
			}
		}
		return Remap(base, cols, nil, paper)
	})
	b.pic.SettleBy(Settling{
		Delay: 150 * time.Millisecond,
		After: func(d time.Duration, f func()) { b.delays, b.timers = append(b.delays, d), append(b.timers, f) },
		Do:    func(f func()) { f() }, // the test's goroutine is the UI's
		Refresh: func() {
			b.raster.Refresh()
		},
	})
	return b
}

func (b *board) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(b.raster) }

func (b *board) render(w, h int) image.Image {
	img, _, err := b.pic.Picture(Key{Version: b.version, W: w, H: h}, b.pan)
	if err != nil {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	return img
}

func (b *board) drawBar(k Key) (*image.RGBA, error) {
	b.draws++
	img := image.NewRGBA(image.Rect(0, 0, k.W, k.H))
	draw.Draw(img, img.Rect, &image.Uniform{C: paper}, image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(40+b.pan, 0, 50+b.pan, k.H), &image.Uniform{C: b.colour}, image.Point{}, draw.Src)
	return img, nil
}

func (b *board) Dragged(e *fyne.DragEvent) {
	b.pan += int(e.Dragged.DX)
	b.pic.Gesture()
	b.raster.Refresh()
}

func (b *board) DragEnd() {}

// barAt is where the window shows the bar, and in what colour.
func barAt(t *testing.T, w fyne.Window) (int, color.RGBA) {
	t.Helper()
	img := w.Canvas().Capture()
	y := img.Bounds().Dy() / 2
	for x := range img.Bounds().Dx() {
		r, g, b, _ := img.At(x, y).RGBA()
		if c := (color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 255}); c != paper {
			return x, c
		}
	}
	t.Fatal("no bar on screen")
	return 0, color.RGBA{}
}

func newBoardWindow(t *testing.T) (*board, fyne.Window) {
	test.NewTempApp(t)
	b := newBoard()
	w := test.NewTempWindow(t, b)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(300, 100))
	if x, _ := barAt(t, w); x != 40 {
		t.Fatalf("bar at %d before any gesture, want 40", x)
	}
	return b, w
}

// A drag shows the picture moved, without drawing it again; when the last
// step's timer fires the picture is drawn afresh where the view is now.
func TestGestureMovesThenSettles(t *testing.T) {
	b, w := newBoardWindow(t)
	draws := b.draws
	test.Drag(w.Canvas(), fyne.NewPos(150, 50), 30, 0)
	// The moved picture: the bar 30 px on, with no new drawing. (The
	// scene's colour changes behind the cache's back: a moved picture still
	// shows the old one, a fresh drawing the new.)
	b.colour = color.RGBA{0, 0, 200, 255}
	test.Drag(w.Canvas(), fyne.NewPos(150, 50), 20, 0)
	if x, c := barAt(t, w); x != 90 || c != ink || b.draws != draws {
		t.Fatalf("mid-gesture: bar at %d in %v after %d drawings, want the old picture moved to 90", x, c, b.draws-draws)
	}
	if len(b.timers) != 2 || b.delays[1] != 150*time.Millisecond {
		t.Fatalf("%d settle timers (delays %v), want one per step of 150ms", len(b.timers), b.delays)
	}
	b.timers[0]() // the first step's: the gesture went on since
	if x, c := barAt(t, w); x != 90 || c != ink || !b.pic.Moving() {
		t.Fatalf("an older step's timer settled the view: bar at %d in %v", x, c)
	}
	b.timers[1]()
	if b.pic.Moving() {
		t.Fatal("the last step's timer did not settle the view")
	}
	if x, c := barAt(t, w); x != 90 || c != b.colour || b.draws != draws+1 {
		t.Errorf("settled: bar at %d in %v after %d drawings, want one fresh drawing at 90", x, c, b.draws-draws)
	}
}

// A resize in the middle of a gesture draws afresh at the new size: the
// picture of the old size is not stretched or moved onto it.
func TestResizeDropsStalePicture(t *testing.T) {
	b, w := newBoardWindow(t)
	test.Drag(w.Canvas(), fyne.NewPos(150, 50), 30, 0)
	barAt(t, w)
	draws := b.draws
	w.Resize(fyne.NewSize(400, 120))
	img := w.Canvas().Capture()
	if x, _ := barAt(t, w); x != 70 || b.draws != draws+1 {
		t.Errorf("after a resize: bar at %d after %d drawings, want one drawing at 70", x, b.draws-draws)
	}
	if base := b.pic.Base(); base == nil || base.Rect.Dx() != img.Bounds().Dx() {
		t.Errorf("the base is %v, the window %v", base.Rect, img.Bounds())
	}
}

// A change of the scene (its version) draws afresh, gesture or not.
func TestSceneChangeRedraws(t *testing.T) {
	b, w := newBoardWindow(t)
	test.Drag(w.Canvas(), fyne.NewPos(150, 50), 30, 0)
	barAt(t, w)
	draws := b.draws
	b.colour = color.RGBA{0, 150, 0, 255}
	b.version++
	b.raster.Refresh()
	if x, c := barAt(t, w); x != 70 || c != b.colour || b.draws != draws+1 {
		t.Errorf("after a change: bar at %d in %v after %d drawings, want one fresh drawing", x, c, b.draws-draws)
	}
	// Asked again with nothing changed, the cache draws nothing.
	barAt(t, w)
	if b.draws != draws+1 {
		t.Errorf("an unchanged frame drew %d times", b.draws-draws)
	}
}
