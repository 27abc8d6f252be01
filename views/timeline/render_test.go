package timeline

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

var update = flag.Bool("update", false, "rewrite golden files")

func fixture(t testing.TB) *data.Dataset {
	t.Helper()
	b, err := os.ReadFile("testdata/fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	ds, err := data.Load("fixture.json", b)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func render(t testing.TB, it export.Item, o export.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Render(&buf, it.Apply(o), it.Draw); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestGoldenSVG pins the exported timeline, byte for byte.
func TestGoldenSVG(t *testing.T) {
	ds := fixture(t)
	for _, lang := range []string{"en", "zh"} {
		t.Run(lang, func(t *testing.T) {
			o := export.Defaults()
			o.Format, o.Lang = export.SVG, lang
			got := render(t, Item(ds, lang, day("2025-11-04")), o)
			golden := filepath.Join("testdata", "timeline."+lang+".svg")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				os.MkdirAll("testdata/failed", 0o755)
				os.WriteFile(filepath.Join("testdata", "failed", "timeline."+lang+".svg"), got, 0o644)
				t.Errorf("SVG differs from %s; actual in testdata/failed (run with -update if the change is intended)", golden)
			}
		})
	}
}

// BenchmarkImage is one screen frame: 1280×720 at 1×, bundled data.
func BenchmarkImage(b *testing.B) {
	ds, err := data.Bundled()
	if err != nil {
		b.Fatal(err)
	}
	sc := Scene{Data: ds, AsOf: day("2025-11-04")}
	for b.Loop() {
		if _, err := export.Image(1280, 720, 1, export.Light, "zh", DrawFunc(sc)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompute is the layout alone, as hit-testing after a change needs.
func BenchmarkCompute(b *testing.B) {
	ds, err := data.Bundled()
	if err != nil {
		b.Fatal(err)
	}
	f := frame("zh")
	for b.Loop() {
		Compute(f, Scene{Data: ds})
	}
}
