package charts

import (
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"path/filepath"
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/internal/golden"
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
			golden.Check(t, filepath.Join("testdata", it.Name+".svg"), svg, *update, golden.Bytes)
			// PNG at half size: small goldens, and a second layout tested.
			o.Format, o.Width, o.Height = export.PNG, 960, 540
			golden.Check(t, filepath.Join("testdata", it.Name+".png"), renderItem(t, it, o), *update, golden.PNG)
		})
	}
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
