package network

import (
	"image"
	"math"

	"github.com/wcharczuk/go-chart/v2"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/internal/picture"
)

// baseKey is what the base picture was drawn for.
type baseKey struct {
	picture.Key
	// hover is the hovered company drawn into the base: under another
	// view's highlight the overlay's fading would be wrong, so the hover
	// ring is drawn with the rest.
	hover string
	// dragged is the company being dragged, drawn in full every step
	// (dragStep) so that its camp's region follows it rather than waiting
	// for the drop.
	dragged  string
	dragStep int
}

// netView is where the base was drawn: the scene's pan and zoom.
type netView struct {
	pan  r2.Vec
	zoom float64
}

// frameKey is what a frame on the raster shows: the base's state and size,
// the hover and the view.
type frameKey struct {
	picture.Key
	hover, view int // hoverVer, viewGen
}

// shownFrame is the last frame given to the raster; a moved one stands
// only while the gesture lasts.
type shownFrame struct {
	img   *image.RGBA
	key   frameKey
	moved bool
}

// geomKey is what a resolved scene (geom) was built for.
type geomKey struct {
	version, view int
	w, h          int
}

// changed invalidates the cached picture and redraws.
func (v *View) changed() {
	v.version++
	if v.raster != nil {
		v.raster.Refresh()
	}
	if v.legendBox != nil && v.legendBox.Visible() {
		v.legendBox.Refresh() // its rows follow the filters
	}
}

// hoverChanged redraws the hover (or dragged company) over the cached
// picture.
func (v *View) hoverChanged() {
	v.hoverVer++
	if v.raster != nil {
		v.raster.Refresh()
	}
}

// viewChanged follows a pan or zoom: the cached picture moves at once and
// is redrawn in full when the pointer rests.
func (v *View) viewChanged() {
	v.viewGen++
	v.pic.Gesture()
	if v.raster != nil {
		v.raster.Refresh()
	}
}

// pixelBox is the canvas in device pixels.
func (v *View) pixelBox() chart.Box {
	s := v.canvas.Size()
	return chart.NewBox(0, 0, int(math.Round(float64(s.Width*v.px))), int(math.Round(float64(s.Height*v.px))))
}

// render is the raster's picture, made once per state, hover, view and
// size: a frame asked for again is the one already made.
func (v *View) render(w, h int) image.Image {
	if s := v.canvas.Size(); s.Width > 0 {
		v.px = float32(w) / s.Width
	}
	key := frameKey{Key: picture.Key{Version: v.version, W: w, H: h}, hover: v.hoverVer, view: v.viewGen}
	if v.shown.img != nil && key == v.shown.key && (!v.shown.moved || v.pic.Moving()) {
		return v.shown.img
	}
	img, moved, err := v.frame(key.Key)
	if err != nil {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	v.shown = shownFrame{img: img, key: key, moved: moved}
	return img
}

// frame makes a frame: a message while there is nothing to show, else the
// base picture (moved while a pan or zoom is under way) with the hovered
// company and its relations drawn over it. moved reports a moved base.
func (v *View) frame(k picture.Key) (img *image.RGBA, moved bool, err error) {
	sc := v.sc
	if msg := v.message(); msg != "" {
		v.pic.Drop()
		img, err := v.drawMessage(k, msg)
		return img, false, err
	}
	bk := baseKey{Key: k, dragged: v.dragNode}
	if len(sc.Highlight) > 0 {
		bk.hover = sc.Hover
	}
	if v.dragNode != "" {
		bk.dragStep = v.hoverVer
	}
	img, moved, err = v.pic.Picture(bk, netView{pan: sc.Pan, zoom: sc.Zoom})
	if err != nil || moved || v.dragNode != "" || sc.Hover == "" || bk.hover != "" {
		return img, moved, err
	}
	img, err = v.drawHover(img, k)
	return img, false, err
}

// message is what the canvas says instead of a network, or "".
func (v *View) message() string {
	switch {
	case v.sc.Data == nil || len(v.sc.Data.Companies) == 0:
		return word("empty", v.sc.Lang)
	case v.sc.Pos == nil:
		return word("layingout", v.sc.Lang)
	}
	return ""
}

func (v *View) drawMessage(k picture.Key, msg string) (*image.RGBA, error) {
	return screenImageOn(&v.frames, k.W, k.H, float64(v.px), v.theme, v.sc.Lang, nil, func(f export.Frame) error {
		size := f.Px(18)
		tw := f.MeasureText(msg, size)
		f.Text(msg, (f.Box.Left+f.Box.Right-tw)/2, (f.Box.Top+f.Box.Bottom)/2, size, f.Theme.Muted)
		return nil
	})
}

// drawBase is the cache's full drawing: the scene without the hover
// overlay.
func (v *View) drawBase(k baseKey) (*image.RGBA, error) {
	bs := v.sc
	bs.Hover, bs.dragged = k.hover, k.dragged
	return screenDrawOn(&v.frames, k.W, k.H, float64(v.px), v.theme, bs.Lang, bs)
}

// moveBase is the base as it would look at another pan and zoom: scaled
// about the centre of the drawing area and shifted.
func (v *View) moveBase(base *image.RGBA, from, to netView) *image.RGBA {
	b := base.Rect
	g := v.sc.frameGeom(chart.NewBox(0, 0, b.Dx(), b.Dy()), float64(v.px))
	cx, cy := float64(g.area.Left+g.area.Right)/2, float64(g.area.Top+g.area.Bottom)/2
	k := to.zoom / from.zoom
	cols := picture.Stretch(b.Dx(), cx, k, from.pan.X, to.pan.X)
	rows := picture.Stretch(b.Dy(), cy, k, from.pan.Y, to.pan.Y)
	return picture.Remap(base, cols, rows, v.theme.Background)
}

// drawHover draws the hovered company with its relations over base, the
// rest faded as a full drawing would.
func (v *View) drawHover(base *image.RGBA, k picture.Key) (*image.RGBA, error) {
	px := float64(v.px)
	over := v.sc
	over.only = true
	gk := geomKey{version: v.version, view: v.viewGen, w: k.W, h: k.H}
	if v.hoverGeom == nil || gk != v.hoverGeomKey {
		hs := v.sc
		hs.Hover = ""
		v.hoverGeom, v.hoverGeomKey = hs.build(chart.NewBox(0, 0, k.W, k.H), px), gk
	}
	c := *v.hoverGeom
	c.focus = over.focus(c.rels)
	hg := &c
	// Everything but the lit items fades, as a full draw would.
	veiled := v.frames.veiled(base, over.frameGeom(chart.NewBox(0, 0, k.W, k.H), px).view(), v.theme.Background.WithAlpha(209))
	return screenImageOn(&v.frames, k.W, k.H, px, v.theme, over.Lang, veiled, func(f export.Frame) error {
		f.Scale = hg.px
		drawScene(f, &over, hg)
		return nil
	})
}
