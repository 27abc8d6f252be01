package timeline

import (
	"bytes"
	"flag"
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

var (
	update = flag.Bool("update", false, "rewrite golden files")
	look   = flag.String("look", "", "write previews (PNG and SVG, both languages and themes) to this directory")
)

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

// TestLook writes previews for a human to open; it is skipped without -look.
// It previews the bundled data, or the fixture with TIMELINE_FIXTURE=1.
func TestLook(t *testing.T) {
	if *look == "" {
		t.Skip("no -look directory")
	}
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("TIMELINE_FIXTURE") != "" {
		ds = fixture(t)
	}
	os.MkdirAll(*look, 0o755)
	for _, lang := range []string{"en", "zh"} {
		for _, th := range []export.Theme{export.Light, export.Dark} {
			for _, scale := range []int{1, 2} {
				o := export.Defaults()
				o.Lang, o.Theme, o.Scale = lang, th, scale
				asOf := day("2025-11-04")
				b := render(t, Item(ds, lang, asOf), o)
				name := fmt.Sprintf("timeline-%s-%s-%dx.png", lang, th.Name, scale)
				os.WriteFile(filepath.Join(*look, name), b, 0o644)
			}
			o := export.Defaults()
			o.Lang, o.Theme, o.Format = lang, th, export.SVG
			b := render(t, Item(ds, lang, day("2025-11-04")), o)
			os.WriteFile(filepath.Join(*look, fmt.Sprintf("timeline-%s-%s.svg", lang, th.Name)), b, 0o644)
			o.Format = export.PNG
			o.Scale = 1
			it := ItemFor(Scene{Data: ds, Mode: ByCompany, Selected: "aws-deal", Highlight: []string{"anthropic"}}, lang)
			os.WriteFile(filepath.Join(*look, fmt.Sprintf("timeline-company-%s-%s.png", lang, th.Name)), render(t, it, o), 0o644)
		}
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

// TestLookInteraction writes, with -look, what the interaction benchmark
// draws (screen frames of synth 1,000/3,000/2,000, full, panned and zoomed)
// and slides of the bundled data zoomed and at 1280×800, PNG and SVG.
func TestLookInteraction(t *testing.T) {
	if *look == "" {
		t.Skip("no -look directory")
	}
	bundled, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(*look, 0o755)
	sy := synth.Dataset(1000, 3000, 2000, 1)
	from, to := FullRange(sy)
	span := to.Sub(from)
	scenes := map[string]Scene{
		"synth-full":   {Data: sy},
		"synth-pan":    {Data: sy, From: from.Add(span / 8), To: to.Add(span / 8)},
		"synth-zoom":   {Data: sy, From: from.Add(span / 4), To: to.Add(-span / 4)},
		"synth-zoom16": {Data: sy, From: from.Add(span * 7 / 16), To: from.Add(span * 9 / 16)},
	}
	bf, bt := FullRange(bundled)
	bspan := bt.Sub(bf)
	scenes["bundled-zoom"] = Scene{Data: bundled, From: bf.Add(bspan / 4), To: bt.Add(-bspan / 4)}
	scenes["bundled-full"] = Scene{Data: bundled, AsOf: day("2025-11-04")}
	for name, sc := range scenes {
		for _, lang := range []string{"en", "zh"} {
			img, err := export.Image(1920, 1080, 1, export.Light, lang, DrawFunc(sc))
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := png.Encode(&buf, img); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(*look, fmt.Sprintf("screen-%s-%s.png", name, lang)), buf.Bytes(), 0o644)
			for _, size := range [][2]int{{1920, 1080}, {1280, 800}} {
				for _, format := range []string{export.PNG, export.SVG} {
					o := export.Defaults()
					o.Lang, o.Format, o.Scale, o.Width, o.Height = lang, format, 1, size[0], size[1]
					b := render(t, ItemFor(sc, lang), o)
					os.WriteFile(filepath.Join(*look, fmt.Sprintf("slide-%s-%s-%d.%s", name, lang, size[0], format)), b, 0o644)
				}
			}
		}
	}
}
