package export

import (
	"fmt"
	"strconv"
	"strings"
)

// Formats.
const (
	PNG = "png"
	SVG = "svg"
	PDF = "pdf"
)

// Preset is a named slide size.
type Preset struct {
	Name          string
	Width, Height int
}

// Presets are the slide sizes offered everywhere; the first is the default.
var Presets = []Preset{
	{"16:9", 1920, 1080},
	{"4:3", 1600, 1200},
	{"square", 1080, 1080},
}

// Size limits keep a typo ("19200x1080") from allocating gigabytes.
const (
	MinSide   = 320
	MaxSide   = 7680
	MaxPixels = 7680 * 4320 * 3 // after scaling
)

// ParseSize reads a preset name ("16:9") or "WxH" ("1280x720").
func ParseSize(s string) (w, h int, err error) {
	for _, p := range Presets {
		if s == p.Name {
			return p.Width, p.Height, nil
		}
	}
	a, b, ok := strings.Cut(strings.ToLower(strings.TrimSpace(s)), "x")
	if ok {
		w, err1 := strconv.Atoi(a)
		h, err2 := strconv.Atoi(b)
		if err1 == nil && err2 == nil {
			if err := checkSize(w, h); err != nil {
				return 0, 0, err
			}
			return w, h, nil
		}
	}
	return 0, 0, fmt.Errorf("size %q: want WxH such as 1920x1080, or one of 16:9, 4:3, square", s)
}

func checkSize(w, h int) error {
	if w < MinSide || h < MinSide || w > MaxSide || h > MaxSide {
		return fmt.Errorf("size %dx%d: each side must be %d to %d pixels", w, h, MinSide, MaxSide)
	}
	return nil
}

// Options say how a picture is exported.
type Options struct {
	Format        string // PNG, SVG or PDF
	Width, Height int    // the slide size before scaling
	Scale         int    // 1, 2 or 3: a PNG has Width*Scale × Height*Scale pixels
	Transparent   bool
	Theme         Theme
	Lang          string // "zh" or "en"
	Title         string
	Subtitle      string
	Footer        string // "Source: …, date · status notes"
	AsOf          string // "as of" label, printed at the footer's right; empty for none
	Seen          Seen   // how much of the window's view a view's picture keeps
}

// Seen says how much of what the window shows an export of a view keeps.
// Filters, the date and the language always carry over; these are choices.
type Seen struct {
	Highlight bool // the selection's highlight: the rest faded, as on screen
	Framed    bool // the screen's pan and zoom, rather than everything fitted
}

// Defaults are 16:9 1920×1080 PNG at 2×, light, solid background, the
// selection kept and everything fitted.
func Defaults() Options {
	return Options{Format: PNG, Width: 1920, Height: 1080, Scale: 2, Theme: Light, Lang: "en", Seen: Seen{Highlight: true}}
}

// Check reports the first option that is out of range.
func (o Options) Check() error {
	if o.Format != PNG && o.Format != SVG && o.Format != PDF {
		return fmt.Errorf("format %q: want png, svg or pdf", o.Format)
	}
	if err := checkSize(o.Width, o.Height); err != nil {
		return err
	}
	if o.Scale < 1 || o.Scale > 3 {
		return fmt.Errorf("scale %d: want 1, 2 or 3", o.Scale)
	}
	if w, h := o.PixelSize(); w*h > MaxPixels {
		return fmt.Errorf("size %dx%d at %d×: %dx%d pixels is more than %d million; pick a smaller size or scale", o.Width, o.Height, o.Scale, w, h, MaxPixels/1_000_000)
	}
	if o.Lang != "zh" && o.Lang != "en" {
		return fmt.Errorf("language %q: want zh or en", o.Lang)
	}
	return nil
}

// PixelSize is the size of the output: scaled for PNG; SVG and PDF (in
// points) are drawn at 1× because vectors scale freely.
func (o Options) PixelSize() (w, h int) {
	if o.Format == SVG || o.Format == PDF {
		return o.Width, o.Height
	}
	return o.Width * o.Scale, o.Height * o.Scale
}
