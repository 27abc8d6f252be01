package timeline

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/internal/golden"
)

// TestGoldenPNG pins the painted timeline (the pixel painter, which the SVG
// goldens do not reach) at two slide sizes and in both themes.
func TestGoldenPNG(t *testing.T) {
	ds := fixture(t)
	it := Item(ds, "en", day("2025-11-04"))
	for _, size := range [][2]int{{960, 540}, {800, 600}} {
		for _, th := range []export.Theme{export.Light, export.Dark} {
			name := fmt.Sprintf("timeline-%dx%d-%s.png", size[0], size[1], th.Name)
			t.Run(name, func(t *testing.T) {
				o := export.Defaults()
				o.Width, o.Height, o.Scale, o.Theme = size[0], size[1], 1, th
				golden.Check(t, filepath.Join("testdata", name), render(t, it, o), *update, golden.PNG)
			})
		}
	}
}
