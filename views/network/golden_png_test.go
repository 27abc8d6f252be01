package network

import (
	"bytes"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/internal/golden"
)

// TestGoldenPNG pins the painted network (the pixel painter, which the SVG
// goldens do not reach) at two slide sizes and in both themes.
func TestGoldenPNG(t *testing.T) {
	ds := fixture(t)
	it := Item(ds, "en", time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC))
	for _, size := range [][2]int{{960, 540}, {800, 600}} {
		for _, th := range []export.Theme{export.Light, export.Dark} {
			name := fmt.Sprintf("network-%dx%d-%s.png", size[0], size[1], th.Name)
			t.Run(name, func(t *testing.T) {
				o := export.Defaults()
				o.Width, o.Height, o.Scale, o.Theme = size[0], size[1], 1, th
				var buf bytes.Buffer
				if err := export.Render(&buf, it.Apply(o), it.Draw); err != nil {
					t.Fatal(err)
				}
				golden.Check(t, filepath.Join("testdata", name), buf.Bytes(), *update, golden.PNG)
			})
		}
	}
}
