package timeline

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/aicamps/aicamps/data/synth"
	"github.com/aicamps/aicamps/views/export"
)

// TestLookScroll writes, with -look, the synth timeline scrolled to a few
// lane positions, as a screen frame and as a slide.
func TestLookScroll(t *testing.T) {
	if *look == "" {
		t.Skip("no -look directory")
	}
	os.MkdirAll(*look, 0o755)
	sy := synth.Dataset(1000, 3000, 2000, 1)
	for _, pos := range []float64{0, 3.5, 20} {
		for _, lang := range []string{"en", "zh"} {
			sc := Scene{Data: sy, Scroll: pos}
			img, err := export.Image(1920, 1080, 1, export.Light, lang, DrawFunc(sc))
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			png.Encode(&buf, img)
			os.WriteFile(filepath.Join(*look, fmt.Sprintf("scroll-%g-%s.png", pos, lang)), buf.Bytes(), 0o644)
			o := export.Defaults()
			o.Lang = lang
			os.WriteFile(filepath.Join(*look, fmt.Sprintf("scroll-slide-%g-%s.png", pos, lang)), render(t, ItemFor(sc, lang), o), 0o644)
		}
	}
}
