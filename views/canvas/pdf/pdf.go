// Package pdf is the canvas backend that writes PDF through go-pdf/fpdf:
// one page per picture, sized in points as the picture is in pixels, every
// path a vector, text as real text in the embedded, subset TrueType font
// (so it is searchable and copyable), opacity as PDF transparency.
//
// fpdf was chosen over signintech/gopdf, which has no clipping, no saved
// graphics state, no line caps and no path with several sub-paths (a ring),
// and over tdewolff/canvas, which lifts go-text/typesetting under Fyne.
package pdf

import (
	"fmt"
	"io"
	"math"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"github.com/aicamps/aicamps/views/canvas"
)

const family = "body" // the embedded font's name inside fpdf

// Document is a PDF of one or more pages.
type Document struct {
	f     *fpdf.Fpdf
	font  *canvas.Font
	page  *Canvas
	pages int
}

// New is an empty document whose text is in font (embedded, subset).
func New(font *canvas.Font) *Document {
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: 100, Ht: 100}})
	f.SetMargins(0, 0, 0)
	f.SetAutoPageBreak(false, 0)
	f.SetCompression(true)
	f.SetCatalogSort(true)
	f.SetProducer("AI Camps", true)
	f.AddUTF8FontFromBytes(family, "", font.TTF)
	return &Document{f: f, font: font}
}

// SetTitle names the document (its Title in a reader's properties).
func (d *Document) SetTitle(title string) { d.f.SetTitle(title, true) }

// AddPage starts a page of w×h points and returns its canvas; the previous
// page's canvas must not be used after.
func (d *Document) AddPage(w, h float64) *Canvas {
	d.endPage()
	d.f.AddPageFormat("P", fpdf.SizeType{Wd: w, Ht: h})
	d.f.SetLineJoinStyle("round")
	d.pages++
	d.page = &Canvas{Stack: canvas.NewStack(w, h), f: d.f, font: d.font, w: w, h: h}
	return d.page
}

// endPage closes the clips a missing Pop left open: fpdf cannot write a
// page with one active.
func (d *Document) endPage() {
	if d.page != nil {
		for range d.page.open {
			d.f.ClipEnd()
		}
		d.page.open = 0
	}
}

// WriteTo writes the document.
func (d *Document) WriteTo(w io.Writer) (int64, error) {
	if d.pages == 0 {
		return 0, fmt.Errorf("pdf: no pages")
	}
	d.endPage()
	cw := &countWriter{w: w}
	err := output(d.f, cw)
	return cw.n, err
}

// output turns a panic inside fpdf into an error: a picture must not take
// the program down with it.
func output(f *fpdf.Fpdf, w io.Writer) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("pdf: %v", p)
		}
	}()
	return f.Output(w)
}

// bmp replaces the runes beyond the Basic Multilingual Plane, which fpdf's
// font subsetter cannot map (it panicked on an emoji), with U+FFFD; the
// bundled font has no glyph for them either.
func bmp(s string) string {
	for _, r := range s {
		if r > 0xFFFF {
			return strings.Map(func(r rune) rune {
				if r > 0xFFFF {
					return '\uFFFD'
				}
				return r
			}, s)
		}
	}
	return s
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// Canvas draws on one page.
type Canvas struct {
	canvas.Stack
	f    *fpdf.Fpdf
	font *canvas.Font
	w, h float64
	open int // clips open
}

func (c *Canvas) Size() (float64, float64) { return c.w, c.h }

// Pop ends the clips opened since the Push.
func (c *Canvas) Pop() {
	if groups, ok := c.Restore(); ok {
		for range groups {
			c.f.ClipEnd()
		}
		c.open -= groups
	}
}

// Clip saves the graphics state and clips it (q … re W n), undone by the
// Pop of the canvas state.
func (c *Canvas) Clip(r canvas.Rect) {
	c.f.ClipRect(r.Min.X, r.Min.Y, r.Max.X-r.Min.X, r.Max.Y-r.Min.Y, false)
	c.Groups++
	c.open++
}

// paint sets the whole graphics state before each element: fpdf's own
// memory of it is wrong after a clip's Q.
func (c *Canvas) paint() (ok bool) {
	col := c.Paint()
	if col.A == 0 {
		return false
	}
	c.f.SetAlpha(math.Round(float64(col.A)/255*1000)/1000, "Normal")
	c.f.SetFillColor(int(col.R), int(col.G), int(col.B))
	c.f.SetDrawColor(int(col.R), int(col.G), int(col.B))
	c.f.SetTextColor(int(col.R), int(col.G), int(col.B))
	return true
}

func (c *Canvas) Fill(p canvas.Path) {
	if len(p) == 0 || !c.paint() {
		return
	}
	c.path(p.Transform(c.M))
	c.f.DrawPath("F")
}

func (c *Canvas) Stroke(p canvas.Path) {
	if len(p) == 0 || c.Width <= 0 || !c.paint() {
		return
	}
	c.f.SetLineWidth(c.Width)
	c.f.SetLineCapStyle(map[canvas.Cap]string{canvas.ButtCap: "butt", canvas.RoundCap: "round", canvas.SquareCap: "square"}[c.Cap])
	c.f.SetDashPattern(c.Dashes, c.Offset)
	c.path(p.Transform(c.M))
	c.f.DrawPath("D")
}

// path writes p; a quadratic becomes the cubic it equals (fpdf's CurveTo
// writes PDF's "v", which is not a quadratic).
func (c *Canvas) path(p canvas.Path) {
	var cur, start canvas.Point
	for _, s := range p {
		switch s.Op {
		case canvas.MoveTo:
			cur, start = s.Pts[0], s.Pts[0]
			c.f.MoveTo(cur.X, cur.Y)
		case canvas.LineTo:
			cur = s.Pts[0]
			c.f.LineTo(cur.X, cur.Y)
		case canvas.QuadTo:
			q, e := s.Pts[0], s.Pts[1]
			c.f.CurveBezierCubicTo(cur.X+2*(q.X-cur.X)/3, cur.Y+2*(q.Y-cur.Y)/3, e.X+2*(q.X-e.X)/3, e.Y+2*(q.Y-e.Y)/3, e.X, e.Y)
			cur = e
		case canvas.CubicTo:
			cur = s.Pts[2]
			c.f.CurveBezierCubicTo(s.Pts[0].X, s.Pts[0].Y, s.Pts[1].X, s.Pts[1].Y, cur.X, cur.Y)
		case canvas.Close:
			c.f.ClosePath()
			cur = start
		}
	}
}

// Text writes real text, placed by the font's own measure so every backend
// sets it at the same spot.
func (c *Canvas) Text(fc canvas.Face, x, y float64, a canvas.Anchor, s string) {
	if s == "" || !c.paint() {
		return
	}
	pt := c.M.Apply(canvas.Point{X: a.Left(x, fc.Width(s)), Y: y})
	c.f.SetFont(family, "", fc.Size)
	ang := c.M.Angle()
	if ang != 0 {
		c.f.TransformBegin()
		c.f.TransformRotate(-ang*180/math.Pi, pt.X, pt.Y)
	}
	c.f.Text(pt.X, pt.Y, bmp(s))
	if ang != 0 {
		c.f.TransformEnd()
	}
}

var _ canvas.Canvas = (*Canvas)(nil)
