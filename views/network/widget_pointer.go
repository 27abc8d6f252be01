package network

import (
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
	"gonum.org/v1/gonum/spatial/r2"
)

// tooltip shows the hovered company's name, camps and deals near the pointer.
func (v *View) tooltip(id string, at fyne.Position) {
	if id == "" {
		v.tip.Hide()
		return
	}
	lang := v.lang()
	var camps []string
	for i := range v.sc.Data.Camps {
		cp := &v.sc.Data.Camps[i]
		for j, m := range cp.Members {
			if m.Company == id && v.sc.Data.MemberAsOf(cp, &cp.Members[j], v.sc.AsOf) {
				camps = append(camps, CampLongName(v.sc.Data, *cp, lang))
			}
		}
	}
	if len(camps) == 0 {
		camps = []string{word("nocamp", lang)}
	}
	deals := 0
	for _, r := range v.sc.VisibleRelations() {
		if r.From == id || r.To == id {
			deals++
		}
	}
	v.tipText.SetText(v.name(id) + "\n" + strings.Join(camps, ", ") + "\n" + sprintf("deals", lang, deals))
	size := v.tip.MinSize()
	v.tip.Resize(size)
	x, y := at.X+14, at.Y+14
	if cs := v.canvas.Size(); x+size.Width > cs.Width {
		x = at.X - size.Width - 6
	}
	v.tip.Move(fyne.NewPos(x, y))
	v.tip.Show()
}

// hitAt is what lies under a point given in Fyne units on the canvas.
func (v *View) hitAt(p fyne.Position) Hit {
	if v.sc.Pos == nil {
		return Hit{}
	}
	return v.geom().hit(r2.Vec{X: float64(p.X * v.px), Y: float64(p.Y * v.px)})
}

// geom is the scene resolved on the canvas, kept until the state or the
// size changes: the pointer asks for it on every move.
func (v *View) geom() *geom {
	box := v.pixelBox()
	key := geomKey{version: v.version, view: v.viewGen, w: box.Width(), h: box.Height()}
	if v.geomCache == nil || key != v.geomKey {
		v.geomCache, v.geomKey = v.sc.build(box, float64(v.px)), key
	}
	return v.geomCache
}

func (v *View) zoomBy(k float64, at r2.Vec) {
	z := math.Max(0.2, math.Min(8, v.sc.Zoom*k))
	k = z / v.sc.Zoom
	box := v.pixelBox()
	g := v.sc.frameGeom(box, float64(v.px))
	c := r2.Vec{X: float64(g.area.Left+g.area.Right) / 2, Y: float64(g.area.Top+g.area.Bottom) / 2}
	// Keep the point under the pointer where it is.
	rel := r2.Sub(r2.Sub(at, c), v.sc.Pan)
	v.sc.Pan = r2.Sub(r2.Sub(at, c), r2.Scale(k, rel))
	v.sc.Zoom = z
	v.viewChanged()
}

func (v *View) canvasCentre() r2.Vec {
	b := v.pixelBox()
	return r2.Vec{X: float64(b.Width()) / 2, Y: float64(b.Height()) / 2}
}

// netCanvas takes the pointer: tap, drag (pan or move a node), scroll
// (zoom), hover.
type netCanvas struct {
	widget.BaseWidget
	v        *View
	raster   *canvas.Raster
	dragging bool
	dragNode string
}

var (
	_ fyne.Tappable     = (*netCanvas)(nil)
	_ fyne.Draggable    = (*netCanvas)(nil)
	_ fyne.Scrollable   = (*netCanvas)(nil)
	_ desktop.Hoverable = (*netCanvas)(nil)
)

func newNetCanvas(v *View) *netCanvas {
	c := &netCanvas{v: v}
	c.ExtendBaseWidget(c)
	return c
}

func (c *netCanvas) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(c.raster) }

func (c *netCanvas) MinSize() fyne.Size { return fyne.NewSize(200, 150) }

func (c *netCanvas) Tapped(ev *fyne.PointEvent) {
	v := c.v
	h := v.hitAt(ev.Position)
	switch {
	case h.Company != "":
		v.Select(h.Company)
		if v.OnSelectCompany != nil {
			v.OnSelectCompany(h.Company)
		}
	case h.Relation != "":
		v.SelectRelation(h.Relation)
		if v.OnSelectRelation != nil {
			v.OnSelectRelation(h.Relation)
		}
	default:
		if v.sc.Selected != "" || v.sc.SelectedRelation != "" || v.sc.Highlight != nil {
			v.Select("")
			if v.OnSelectCompany != nil {
				v.OnSelectCompany("")
			}
		}
	}
}

func (c *netCanvas) Dragged(ev *fyne.DragEvent) {
	v := c.v
	if !c.dragging {
		c.dragging = true
		c.dragNode = v.hitAt(ev.Position.Subtract(ev.Dragged)).Company
		v.tip.Hide()
	}
	if c.dragNode != "" && v.sc.Pos != nil {
		// Dragging a company pins it where it is dropped; the picture is
		// drawn afresh each step, its camp's region following it.
		v.dragNode = c.dragNode
		p := v.sc.ToLayout(v.pixelBox(), float64(v.px), r2.Vec{X: float64(ev.Position.X * v.px), Y: float64(ev.Position.Y * v.px)})
		v.sc.Pos = clonePos(v.sc.Pos)
		v.sc.Pos[c.dragNode] = p
		if v.pinned == nil {
			v.pinned = Positions{}
		}
		v.pinned[c.dragNode] = p
		v.hoverChanged()
		return
	}
	v.sc.Pan = r2.Add(v.sc.Pan, r2.Vec{X: float64(ev.Dragged.DX * v.px), Y: float64(ev.Dragged.DY * v.px)})
	v.viewChanged()
}

func (c *netCanvas) DragEnd() {
	v := c.v
	if v.dragNode != "" {
		v.dragNode = ""
		v.changed() // the dropped company joins the picture
	}
	c.dragging, c.dragNode = false, ""
}

func (c *netCanvas) Scrolled(ev *fyne.ScrollEvent) {
	k := math.Pow(1.01, float64(ev.Scrolled.DY)) // ≈10% per wheel notch
	c.v.zoomBy(k, r2.Vec{X: float64(ev.Position.X * c.v.px), Y: float64(ev.Position.Y * c.v.px)})
}

func (c *netCanvas) MouseIn(ev *desktop.MouseEvent) { c.MouseMoved(ev) }

func (c *netCanvas) MouseMoved(ev *desktop.MouseEvent) {
	v := c.v
	if c.dragging {
		return
	}
	id := v.hitAt(ev.Position).Company
	if id != v.sc.Hover {
		v.sc.Hover = id
		v.hoverChanged()
	}
	v.tooltip(id, ev.Position)
}

func (c *netCanvas) MouseOut() {
	v := c.v
	v.tip.Hide()
	if v.sc.Hover != "" {
		v.sc.Hover = ""
		v.hoverChanged()
	}
}
