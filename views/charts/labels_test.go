package charts

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/canvas/svg"
	"github.com/aicamps/aicamps/views/export"
)

// drawn is one text as a chart drew it, with the box its glyphs take.
type drawn struct {
	s    string
	size float64
	box  chart.Box
}

// recorder is a canvas that keeps every text drawn, where the picture
// has it, so tests check the layout, not pixels.
type recorder struct {
	*svg.Canvas
	texts *[]drawn
}

func (r recorder) Text(f canvas.Face, x, y float64, a canvas.Anchor, s string) {
	size := f.Size * 64 / 72 // the size the chart asked for (export.Face)
	w := export.Frame{}.MeasureText(s, size)
	p := r.M.Apply(canvas.Point{X: a.Left(x, f.Width(s)), Y: y})
	px, py := int(math.Round(p.X)), int(math.Round(p.Y))
	*r.texts = append(*r.texts, drawn{s: s, size: size,
		box: chart.NewBox(py-int(math.Ceil(size*0.85)), px, px+w, py+int(math.Ceil(size*0.15)))})
	r.Canvas.Text(f, x, y, a, s)
}

// drawRecorded draws the bundled chart id as an export of w×h would (its
// chrome aside; with screen, as the window's chart tab does, at device scale
// 1) and returns the texts drawn and the frame's box.
func drawRecorded(t *testing.T, id, lang string, w, h int, screen bool) ([]drawn, chart.Box) {
	t.Helper()
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	s, err := build(ds, chartNamed(t, ds, id), lang, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var texts []drawn
	k := math.Max(0.6, math.Min(2, math.Min(float64(w)/1920, float64(h)/1080)))
	m := int(56 * k)
	box := chart.NewBox(m+int(130*k), m, w-m, h-m-int(40*k)) // under title and subtitle, above the footer
	if screen {
		box, k = chart.NewBox(0, 0, w, h), 1
	}
	f := export.NewFrame(recorder{svg.New(float64(w), float64(h)), &texts}, box, k, export.Light, lang)
	if err := draw(f, s); err != nil {
		t.Fatal(err)
	}
	var out []drawn
	for _, d := range texts {
		if d.size > 0 && strings.TrimSpace(d.s) != "" {
			out = append(out, d)
		}
	}
	return out, box
}

func overlaps(a, b chart.Box) bool {
	return a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom
}

// Issue 17, finding 9: in money-in-the-race a category label was cut
// ("Extra compute OpenAI asked of Mi…") and Chinese value labels touched.
// At 16:9, 4:3 and square, in both languages, no label is cut, none leaves
// the box, and no two texts overlap.
func TestBarLabelsWholeAndApart(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range ds.Charts {
		for _, lang := range []string{"en", "zh"} {
			labelsWholeAndApart(t, c.ID, lang)
		}
	}
}

func labelsWholeAndApart(t *testing.T, id, lang string) {
	{
		// exports at 16:9, 4:3, square and 720p; then the window's chart tab
		for _, size := range [][3]int{{1920, 1080}, {1600, 1200}, {1080, 1080}, {1280, 720}, {1000, 600, 1}, {900, 560, 1}} {
			t.Run(fmt.Sprintf("%s/%s/%dx%d", id, lang, size[0], size[1]), func(t *testing.T) {
				texts, box := drawRecorded(t, id, lang, size[0], size[1], size[2] == 1)
				if len(texts) < 3 {
					t.Fatalf("%d texts recorded: the recorder misses the chart's text", len(texts))
				}
				gap := 6 // pixels between two texts side by side: touching reads as one
				for i, a := range texts {
					if strings.HasSuffix(a.s, "...") || strings.HasSuffix(a.s, "…") {
						t.Errorf("label cut: %q", a.s)
					}
					if a.box.Left < box.Left-1 || a.box.Right > box.Right+1 || a.box.Bottom > box.Bottom+1 {
						t.Errorf("%q at %v leaves the box %v", a.s, a.box, box)
					}
					for _, b := range texts[i+1:] {
						if overlaps(a.box, chart.NewBox(b.box.Top, b.box.Left-gap, b.box.Right+gap, b.box.Bottom)) {
							t.Errorf("%q %v and %q %v overlap", a.s, a.box, b.s, b.box)
						}
					}
				}
			})
		}
	}
}
