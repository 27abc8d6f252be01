package timeline

import (
	"math"
	"sort"
	"strconv"

	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/export"
)

// Lanes that need more height than the plot has scroll vertically, rows
// keeping rowMin; the plot shows a window of them. The window is the same
// on screen and in an export of the current view (see Scene.Scroll).

// viewH is the plot's height: the window's.
func (L *Layout) viewH() float64 { return L.Plot.Y1 - L.Plot.Y0 }

// maxScroll is the furthest the lanes can move up: the last lane's bottom
// at the plot's bottom.
func (L *Layout) maxScroll() float64 { return math.Max(0, L.ContentH-L.viewH()) }

// natural is lane l's top before scrolling, from the top of the lanes.
func (L *Layout) natural(l int) float64 { return L.Lanes[l].Y0 + L.ScrollY - L.Plot.Y0 }

// OffsetOf is the scroll in pixels that puts lane position pos at the top
// of the plot, held within the lanes.
func (L *Layout) OffsetOf(pos float64) float64 {
	if len(L.Lanes) == 0 || math.IsNaN(pos) {
		return 0
	}
	i := int(math.Floor(math.Max(0, math.Min(pos, float64(len(L.Lanes)-1)))))
	frac := math.Max(0, math.Min(1, pos-float64(i)))
	lb := L.Lanes[i]
	return math.Max(0, math.Min(L.natural(i)+frac*(lb.Y1-lb.Y0), L.maxScroll()))
}

// PosAt is the lane position at scroll offset off (pixels), the inverse of
// OffsetOf.
func (L *Layout) PosAt(off float64) float64 {
	if len(L.Lanes) == 0 {
		return 0
	}
	off = math.Max(0, math.Min(off, L.maxScroll()))
	i := sort.Search(len(L.Lanes), func(l int) bool { return L.natural(l)+L.Lanes[l].Y1-L.Lanes[l].Y0 > off })
	if i == len(L.Lanes) {
		i--
	}
	lb := L.Lanes[i]
	h := lb.Y1 - lb.Y0
	if h <= 0 {
		return float64(i)
	}
	return float64(i) + math.Max(0, math.Min(1, (off-L.natural(i))/h))
}

// scrollTo moves the lanes up so that lane position pos is at the plot's
// top, when they overflow it; marks out of the plot are hidden and lane
// names stay in sight while their lane is.
func (L *Layout) scrollTo(pos float64) {
	if L.ContentH <= L.viewH()+0.5 || len(L.Lanes) == 0 {
		return
	}
	f := export.Frame{Scale: L.px}
	L.Scrolls = true
	off := L.OffsetOf(pos)
	L.ScrollY, L.Pos = off, L.PosAt(off)
	for i := range L.Lanes {
		lb := &L.Lanes[i]
		lb.Y0, lb.Y1, lb.NameY = lb.Y0-off, lb.Y1-off, lb.natY-off
		// A lane whose top is scrolled past keeps its name at the plot's
		// top, until its bottom pushes it up.
		top := L.Plot.Y0 + f.Px(lanePad) + math.Min(f.Px(14), L.RowH/2)
		low := lb.Y1 - f.Px(lanePad) - float64(len(lb.Name))*f.Px(laneSize)*1.2 + f.Px(laneSize)*0.6
		lb.NameY = math.Max(lb.NameY, math.Min(top, low))
	}
	for i := range L.Items {
		p := &L.Items[i]
		p.Y, p.LabelY = p.Y-off, p.LabelY-off
		p.Box.Y0, p.Box.Y1 = p.Box.Y0-off, p.Box.Y1-off
		p.Hidden = p.Box.Y0 < L.Plot.Y0-0.5 || p.Box.Y1 > L.Plot.Y1+0.5
	}
	L.Above, L.Below = 0, 0
	for _, lb := range L.Lanes {
		switch {
		case lb.Y1 <= L.Plot.Y0+0.5:
			L.Above++
		case lb.Y0 >= L.Plot.Y1-0.5:
			L.Below++
		}
	}
}

// Rescrolled is a copy of L with the lanes at position pos: a scroll step
// needs no new layout.
func (L *Layout) Rescrolled(pos float64) *Layout {
	c := *L
	c.Lanes = append([]LaneBox(nil), L.Lanes...)
	c.Items = append([]Placed(nil), L.Items...)
	off := L.ScrollY
	for i := range c.Lanes {
		lb := &c.Lanes[i]
		lb.Y0, lb.Y1, lb.NameY = lb.Y0+off, lb.Y1+off, lb.natY
	}
	for i := range c.Items {
		p := &c.Items[i]
		p.Y, p.LabelY = p.Y+off, p.LabelY+off
		p.Box.Y0, p.Box.Y1 = p.Box.Y0+off, p.Box.Y1+off
		p.Hidden, p.NoLabel = false, false
	}
	c.Scrolls, c.ScrollY, c.Pos, c.Above, c.Below = false, 0, 0, 0, 0
	c.scrollTo(pos)
	c.dropCollidingLabels()
	return &c
}

// VisibleLanes is the range [first, last] of lanes at least partly in the
// plot (-1, -1 with none).
func (L *Layout) VisibleLanes() (first, last int) {
	first, last = -1, -1
	for i, lb := range L.Lanes {
		if lb.Y1 > L.Plot.Y0+0.5 && lb.Y0 < L.Plot.Y1-0.5 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// labelRect is the ink of p's label: the title, and the date under it in
// full rows.
func (L *Layout) labelRect(p *Placed) Rect {
	r := Rect{p.LabelX, p.LabelY - L.TitleSize*0.8, p.LabelX + p.LabelW, p.LabelY + L.TitleSize*0.25}
	if L.WithDates {
		r.Y1 = p.LabelY + L.DateSize*1.45 + L.DateSize*0.25
	}
	return r
}

// dropCollidingLabels leaves out the labels that would overlap one already
// kept (the marks stay, and a hover still names them), the lit ones kept
// first. Rows of rowMin keep packed labels apart; this holds whatever the
// frame.
func (L *Layout) dropCollidingLabels() {
	var idx []int
	var boxes []Rect
	for pass := 0; pass < 2; pass++ {
		for i := range L.Items {
			p := &L.Items[i]
			if p.Hidden || p.Lit != (pass == 0) {
				continue
			}
			idx = append(idx, i)
			boxes = append(boxes, L.labelRect(p))
		}
	}
	for k, drop := range Colliding(boxes) {
		L.Items[idx[k]].NoLabel = drop
	}
}

// Colliding says, for each box in order, whether it overlaps a box before
// it that was kept. Boxes are bucketed by height bands, so crowded frames
// stay linear.
func Colliding(boxes []Rect) []bool {
	drop := make([]bool, len(boxes))
	const band = 24.0
	kept := map[int][]int{}
	for i, b := range boxes {
		lo, hi := int(math.Floor(b.Y0/band)), int(math.Floor(b.Y1/band))
	scan:
		for k := lo; k <= hi; k++ {
			for _, j := range kept[k] {
				o := boxes[j]
				if b.X0 < o.X1 && o.X0 < b.X1 && b.Y0 < o.Y1 && o.Y0 < b.Y1 {
					drop[i] = true
					break scan
				}
			}
		}
		if drop[i] {
			continue
		}
		for k := lo; k <= hi; k++ {
			kept[k] = append(kept[k], i)
		}
	}
	return drop
}

// Scrollbar is the thumb of a scrollbar along the plot's height: its top
// and bottom in pixels. ok is false when the lanes do not scroll.
func (L *Layout) Scrollbar() (y0, y1 float64, ok bool) {
	if !L.Scrolls || L.ContentH <= 0 {
		return 0, 0, false
	}
	h := L.viewH()
	y0 = L.Plot.Y0 + h*L.ScrollY/L.ContentH
	y1 = L.Plot.Y0 + h*math.Min(1, (L.ScrollY+h)/L.ContentH)
	return y0, y1, true
}

// moreLanes is the note for n lanes out of sight: "+3 more camps".
func moreLanes(n int, mode Mode, lang string) string {
	if lang == "zh" {
		unit := "个阵营"
		if mode == ByCompany {
			unit = "家公司"
		}
		return "还有 " + strconv.Itoa(n) + " " + unit
	}
	unit := "camps"
	switch {
	case mode == ByCompany && n == 1:
		unit = "company"
	case mode == ByCompany:
		unit = "companies"
	case n == 1:
		unit = "camp"
	}
	return "+" + strconv.Itoa(n) + " more " + unit
}

// paintScrollbar draws a thin scrollbar right of the plot while the lanes
// scroll: where the window is within them, and how much of them it shows.
// scrollbarX is the scrollbar's left edge and width in pixels at frame
// scale s: beside the plot, in its margin.
func (L *Layout) scrollbarX(s float64) (x, w float64) {
	return L.Plot.X1 + 6*s, math.Max(3, 5*s)
}

func paintScrollbar(f export.Frame, L *Layout) {
	y0, y1, ok := L.Scrollbar()
	if !ok {
		return
	}
	x, w := L.scrollbarX(f.Scale)
	f.C.SetColor(f.Theme.Grid)
	canvas.FillBox(f.C, canvas.Rect{Min: pt(x, L.Plot.Y0), Max: pt(x+w, L.Plot.Y1)}, w/2)
	f.C.SetColor(f.Theme.Muted)
	canvas.FillBox(f.C, canvas.Rect{Min: pt(x, y0), Max: pt(x+w, math.Max(y1, y0+2*w))}, w/2)
}
