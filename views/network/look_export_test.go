package network

import (
	"fmt"
	"testing"
	"time"

	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/synth"
	"github.com/aicamps/aicamps/views/export"
)

// TestLookExports writes the network of the bundled data and of synth
// 1,000/3,000/2,000 as PNG and SVG exports at 1280×800 and 1920×1080, in
// en and zh, and the interaction redraws (pan, zoom 2×) through
// export.Image, to $NETWORK_LOOK, for eyes and for before/after comparison.
func TestLookExports(t *testing.T) {
	dir := lookDir(t)
	bundled, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	sets := []struct {
		name string
		ds   *data.Dataset
	}{{"bundled", bundled}, {"synth1000", synth.Dataset(1000, 3000, 2000, 1)}}
	for _, s := range sets {
		for _, lang := range []string{"en", "zh"} {
			it := Item(s.ds, lang, time.Time{})
			for _, size := range [][2]int{{1280, 800}, {1920, 1080}} {
				for _, format := range []string{export.PNG, export.SVG} {
					o := export.Defaults()
					o.Format, o.Scale, o.Width, o.Height, o.Lang = format, 1, size[0], size[1], lang
					lookExport(t, dir, fmt.Sprintf("%s-%s-%dx%d.%s", s.name, lang, size[0], size[1], format), it, o)
				}
			}
		}
		opt := LayoutOptions{Seed: DefaultSeed}
		pos := Layout(s.ds, opt)
		for name, sc := range map[string]Scene{
			"pan":  {Data: s.ds, Pos: pos, Layout: opt, Lang: "en", Zoom: 1, Pan: r2.Vec{X: 40, Y: -30}},
			"zoom": {Data: s.ds, Pos: pos, Layout: opt, Lang: "en", Zoom: 2},
		} {
			img, err := export.Image(1920, 1080, 1, export.Light, "en", func(f export.Frame) error { return Draw(f, sc) })
			if err != nil {
				t.Fatal(err)
			}
			lookPNG(t, dir, fmt.Sprintf("%s-image-%s.png", s.name, name), img)
		}
	}
}
