package timeline

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/synth"
	"github.com/aicamps/aicamps/views/export"
)

// TestLookExports writes the timeline of the bundled data (PNG and SVG
// exports at 1920×1080, en and zh) and a screen frame of synth
// 1,000/3,000/2,000 through export.Image to $TIMELINE_LOOK, for eyes and
// for before/after comparison.
func TestLookExports(t *testing.T) {
	dir := os.Getenv("TIMELINE_LOOK")
	if dir == "" {
		t.Skip("set TIMELINE_LOOK=/tmp/dir to write pictures to look at")
	}
	bundled, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, lang := range []string{"en", "zh"} {
		it := Item(bundled, lang, time.Time{})
		for _, format := range []string{export.PNG, export.SVG} {
			o := export.Defaults()
			o.Format, o.Scale, o.Width, o.Height, o.Lang = format, 1, 1920, 1080, lang
			var buf bytes.Buffer
			if err := export.Render(&buf, it.Apply(o), it.Draw); err != nil {
				t.Fatal(err)
			}
			write(fmt.Sprintf("bundled-%s-1920x1080.%s", lang, format), buf.Bytes())
		}
	}
	sy := synth.Dataset(1000, 3000, 2000, 1)
	img, err := export.Image(1920, 1080, 1, export.Light, "en", DrawFunc(Scene{Data: sy}))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	write("synth1000-image.png", buf.Bytes())
}
