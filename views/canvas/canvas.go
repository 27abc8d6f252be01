// Package canvas is the one surface every picture is drawn on, and the only
// place that knows there are output formats: a small interface modelled on
// gonum/plot's vg, with one backend per format in the sub-packages raster
// (PNG and the screen), svg and pdf. Units are pixels of the picture at 1×,
// which the PDF backend writes as points; y grows downwards.
package canvas

import (
	"image/color"
	"math"
)

// Canvas is what a drawing calls. State (colour, line, opacity, transform,
// clip) holds until it is set again or a Pop restores what Push saved.
type Canvas interface {
	// Size is the picture's width and height.
	Size() (w, h float64)

	// SetColor sets the colour of fills, strokes and text.
	SetColor(c color.Color)
	// SetLineWidth sets the stroke width.
	SetLineWidth(w float64)
	// SetLineDash sets on/off lengths (nil for a solid line) and where in
	// that pattern a stroke starts.
	SetLineDash(pattern []float64, offset float64)
	// SetLineCap sets how open strokes end; joins are always round.
	SetLineCap(c Cap)
	// SetOpacity multiplies the alpha of everything drawn after it, each
	// element on its own (0 draws nothing, 1 leaves the colour's alpha).
	SetOpacity(a float64)

	// Translate and Rotate (radians, clockwise on screen) move what is drawn
	// after them; there is no scaling, so widths and sizes stay as given.
	Translate(x, y float64)
	Rotate(rad float64)
	// Clip limits drawing to a rectangle of the picture (not transformed),
	// intersected with the clip already set.
	Clip(r Rect)
	// Push saves the state; Pop restores the last saved one.
	Push()
	Pop()

	// Fill fills a path by the non-zero rule; Stroke strokes it.
	Fill(p Path)
	Stroke(p Path)
	// Text draws one line with its baseline at y, placed by the anchor
	// around x, as real text where the format has text.
	Text(f Face, x, y float64, a Anchor, s string)
}

// Cap is how a stroke's open ends are drawn.
type Cap int

// Caps.
const (
	ButtCap Cap = iota
	RoundCap
	SquareCap
)

// Anchor says where x is along a line of text.
type Anchor int

// Anchors.
const (
	Start  Anchor = iota // x is the left end
	Middle               // x is the middle
	End                  // x is the right end
)

// Left is where a line of width w starts when x is at anchor a.
func (a Anchor) Left(x, w float64) float64 {
	switch a {
	case Middle:
		return x - w/2
	case End:
		return x - w
	}
	return x
}

// Point is a position in pixels.
type Point struct{ X, Y float64 }

// Rect is the rectangle from Min to Max.
type Rect struct{ Min, Max Point }

// Intersect is the part of r inside s (empty when they do not meet).
func (r Rect) Intersect(s Rect) Rect {
	r.Min.X, r.Min.Y = math.Max(r.Min.X, s.Min.X), math.Max(r.Min.Y, s.Min.Y)
	r.Max.X, r.Max.Y = math.Min(r.Max.X, s.Max.X), math.Min(r.Max.Y, s.Max.Y)
	if r.Max.X < r.Min.X || r.Max.Y < r.Min.Y {
		r.Max = r.Min
	}
	return r
}

// NRGBA is c with its opacity multiplied by a, as every backend paints it.
func NRGBA(c color.Color, a float64) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = uint8(math.Round(float64(n.A) * math.Max(0, math.Min(1, a))))
	return n
}
