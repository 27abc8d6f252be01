package charts

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func fixture(t testing.TB) *data.Dataset {
	t.Helper()
	ds, err := data.LoadFile("testdata/fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// asOf is a fixed "as of" date for the goldens, after every dated deal.
var asOf = time.Date(2025, 11, 30, 0, 0, 0, 0, time.UTC)

func renderItem(t testing.TB, it export.Item, o export.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := export.Render(&b, it.Apply(o), it.Draw); err != nil {
		t.Fatalf("%s: %v", it.Name, err)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	ds := fixture(t)
	items := Items(ds, "en", asOf)
	if len(items) != len(ds.Charts) {
		t.Fatalf("%d items for %d charts", len(items), len(ds.Charts))
	}
	for _, it := range items {
		t.Run(it.Name, func(t *testing.T) {
			o := export.Defaults()
			o.Scale = 1
			o.Format = export.SVG
			svg := renderItem(t, it, o)
			parseXML(t, svg)
			golden(t, filepath.Join("testdata", it.Name+".svg"), svg, func(want, got []byte) error {
				if !bytes.Equal(want, got) {
					return fmt.Errorf("SVG differs from the golden file")
				}
				return nil
			})
			// PNG at half size: small goldens, and a second layout tested.
			o.Format, o.Width, o.Height = export.PNG, 960, 540
			golden(t, filepath.Join("testdata", it.Name+".png"), renderItem(t, it, o), comparePNG)
		})
	}
}

func golden(t *testing.T, path string, got []byte, same func(want, got []byte) error) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if err := same(want, got); err != nil {
		failed := filepath.Join("testdata", "failed", filepath.Base(path))
		os.MkdirAll(filepath.Dir(failed), 0o755)
		os.WriteFile(failed, got, 0o644)
		t.Errorf("%s: %v; the new picture is in %s", path, err, failed)
	}
}

// comparePNG allows a little difference per channel, since anti-aliasing
// varies between CPUs, but not a moved or missing element.
func comparePNG(want, got []byte) error {
	a, err := png.Decode(bytes.NewReader(want))
	if err != nil {
		return err
	}
	b, err := png.Decode(bytes.NewReader(got))
	if err != nil {
		return err
	}
	if a.Bounds() != b.Bounds() {
		return fmt.Errorf("size %v, want %v", b.Bounds(), a.Bounds())
	}
	bad := 0
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if !near(a.At(x, y), b.At(x, y)) {
				bad++
			}
		}
	}
	if limit := r.Dx() * r.Dy() / 1000; bad > limit {
		return fmt.Errorf("%d pixels differ (limit %d)", bad, limit)
	}
	return nil
}

func near(p, q interface{ RGBA() (r, g, b, a uint32) }) bool {
	pr, pg, pb, pa := p.RGBA()
	qr, qg, qb, qa := q.RGBA()
	d := func(x, y uint32) bool { return x > y+0x1800 || y > x+0x1800 }
	return !(d(pr, qr) || d(pg, qg) || d(pb, qb) || d(pa, qa))
}

func parseXML(t testing.TB, svg []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("SVG does not parse: %v", err)
		}
	}
}
