package network

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

func drawnTexts(t *testing.T, sc Scene, w, h int) []string {
	t.Helper()
	var texts []string
	f := spyFrame(w, h, sc.Lang, func(s string, _, _, _ float64) { texts = append(texts, s) })
	if err := Draw(f, sc); err != nil {
		t.Fatal(err)
	}
	return texts
}

// TestOffscreenCompaniesAreNotNamed: panned and zoomed so that most
// companies are out of view, only those in view are named; the others'
// names piled up along the edge (finding 8).
func TestOffscreenCompaniesAreNotNamed(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	opt := LayoutOptions{Seed: DefaultSeed}
	sc := Scene{Data: ds, Pos: Layout(ds, opt), Layout: opt, Lang: "en", NoLegend: true, Zoom: 6}
	// Far out of view in every direction: nothing to name.
	sc.Pan = r2.Vec{X: 1e5, Y: 1e5}
	for _, s := range drawnTexts(t, sc, 800, 600) {
		for _, c := range ds.Companies {
			if strings.HasPrefix(c.Name.En, strings.TrimSuffix(s, "...")) && len(s) > 1 {
				t.Errorf("%q is named with every company out of view", s)
			}
		}
	}
}

// TestShortNamesAreNeverCut: a crowded label may be shortened, but a short
// name such as AMD is never cut to "A…" (finding 9); a long one is.
func TestShortNamesAreNeverCut(t *testing.T) {
	f := export.Frame{Scale: 1}
	for _, name := range []string{"AMD", "xAI", "Intel", "英伟达", "Oracle"} {
		w := float64(f.MeasureText(name, 17))
		if got := shortened(f, name, 17, w*0.6); got != "" {
			t.Errorf("%s shortened to %q", name, got)
		}
	}
	long := "US government (Trump administration)"
	w := float64(f.MeasureText(long, 17))
	if got := shortened(f, long, 17, w*0.6); got == "" || got == long {
		t.Errorf("%q shortened to %q", long, got)
	}
}
