// Package svg is the canvas backend that writes SVG: one element per fill,
// stroke or line of text, escaped text in the font's family list, and a
// root with width and height (not only a viewBox, which some tools draw at
// 100×100).
package svg

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/color"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/aicamps/aicamps/views/canvas"
)

// Canvas collects the elements of one picture; WriteTo writes the file.
type Canvas struct {
	canvas.Stack
	w, h  float64
	buf   bytes.Buffer
	clips int // clip paths so far, for their ids
	open  int // clip groups open
}

// New is an empty w×h picture.
func New(w, h float64) *Canvas { return &Canvas{Stack: canvas.NewStack(w, h), w: w, h: h} }

func (c *Canvas) Size() (float64, float64) { return c.w, c.h }

// Pop closes the clip groups opened since the Push.
func (c *Canvas) Pop() {
	if groups, ok := c.Restore(); ok {
		for range groups {
			c.buf.WriteString("</g>")
		}
		c.open -= groups
	}
}

// Clip opens a group clipped to r, closed by the Pop of the state.
func (c *Canvas) Clip(r canvas.Rect) {
	c.ClipRect = c.ClipRect.Intersect(r)
	c.clips++
	r = c.ClipRect
	fmt.Fprintf(&c.buf, `<clipPath id="c%d"><rect x="%s" y="%s" width="%s" height="%s"/></clipPath><g clip-path="url(#c%d)">`,
		c.clips, num(r.Min.X), num(r.Min.Y), num(r.Max.X-r.Min.X), num(r.Max.Y-r.Min.Y), c.clips)
	c.Groups++
	c.open++
}

func (c *Canvas) Fill(p canvas.Path) {
	col := c.Paint()
	if col.A == 0 || len(p) == 0 {
		return
	}
	fmt.Fprintf(&c.buf, `<path d="%s" fill="%s"%s/>`, pathData(p.Transform(c.M)), hex(col), alpha("fill-opacity", col))
}

func (c *Canvas) Stroke(p canvas.Path) {
	col := c.Paint()
	if col.A == 0 || c.Width <= 0 || len(p) == 0 {
		return
	}
	fmt.Fprintf(&c.buf, `<path d="%s" fill="none" stroke="%s"%s stroke-width="%s" stroke-linejoin="round"`,
		pathData(p.Transform(c.M)), hex(col), alpha("stroke-opacity", col), num(c.Width))
	if c.Cap != canvas.ButtCap {
		c.buf.WriteString(map[canvas.Cap]string{canvas.RoundCap: ` stroke-linecap="round"`, canvas.SquareCap: ` stroke-linecap="square"`}[c.Cap])
	}
	if len(c.Dashes) > 0 {
		c.buf.WriteString(` stroke-dasharray="`)
		for i, d := range c.Dashes {
			if i > 0 {
				c.buf.WriteByte(' ')
			}
			c.buf.WriteString(num(d))
		}
		c.buf.WriteByte('"')
		if c.Offset != 0 {
			fmt.Fprintf(&c.buf, ` stroke-dashoffset="%s"`, num(c.Offset))
		}
	}
	c.buf.WriteString("/>")
}

// Text places the line itself from the font's own measure (text-anchor
// would use the viewer's, which differs with its font).
func (c *Canvas) Text(f canvas.Face, x, y float64, a canvas.Anchor, s string) {
	col := c.Paint()
	if col.A == 0 || s == "" {
		return
	}
	pt := c.M.Apply(canvas.Point{X: a.Left(x, f.Width(s)), Y: y})
	fmt.Fprintf(&c.buf, `<text x="%s" y="%s" font-family="%s" font-size="%s" fill="%s"%s`,
		num(pt.X), num(pt.Y), attr(f.Font.Family), num(f.Size), hex(col), alpha("fill-opacity", col))
	if ang := c.M.Angle(); ang != 0 {
		fmt.Fprintf(&c.buf, ` transform="rotate(%s %s %s)"`, num(ang*180/math.Pi), num(pt.X), num(pt.Y))
	}
	c.buf.WriteString(` xml:space="preserve">`)
	_ = xml.EscapeText(&c.buf, []byte(s))
	c.buf.WriteString("</text>")
}

// WriteTo writes the whole SVG document.
func (c *Canvas) WriteTo(w io.Writer) (int64, error) {
	var out bytes.Buffer
	fmt.Fprintf(&out, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s">`,
		num(c.w), num(c.h), num(c.w), num(c.h))
	out.Write(c.buf.Bytes())
	for range c.open { // groups a missing Pop left open
		out.WriteString("</g>")
	}
	out.WriteString("</svg>\n")
	return out.WriteTo(w)
}

func pathData(p canvas.Path) string {
	var b bytes.Buffer
	pt := func(cmd byte, pts ...canvas.Point) {
		b.WriteByte(cmd)
		for _, q := range pts {
			b.WriteString(num(q.X))
			b.WriteByte(' ')
			b.WriteString(num(q.Y))
			b.WriteByte(' ')
		}
	}
	for _, s := range p {
		switch s.Op {
		case canvas.MoveTo:
			pt('M', s.Pts[0])
		case canvas.LineTo:
			pt('L', s.Pts[0])
		case canvas.QuadTo:
			pt('Q', s.Pts[0], s.Pts[1])
		case canvas.CubicTo:
			pt('C', s.Pts[0], s.Pts[1], s.Pts[2])
		case canvas.Close:
			b.WriteByte('Z')
		}
	}
	return string(bytes.TrimSpace(b.Bytes()))
}

// num writes at most two decimals, the precision of a 1× pixel's hundredth.
func num(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}

func hex(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

func alpha(name string, c color.NRGBA) string {
	if c.A == 255 {
		return ""
	}
	return fmt.Sprintf(` %s="%s"`, name, strconv.FormatFloat(math.Round(float64(c.A)/255*1000)/1000, 'f', -1, 64))
}

var attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", `"`, "&quot;")

// attr escapes a double-quoted attribute, keeping the family list's quotes.
func attr(s string) string { return attrEscaper.Replace(s) }

var _ canvas.Canvas = (*Canvas)(nil)
