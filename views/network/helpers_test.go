package network

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// fixture is a small hand-made dataset modelled on the article: four camps
// (one forecast), a company in two camps, one in none, parallel relations,
// ended ties, rumoured and claimed deals.
func fixture(t testing.TB) *data.Dataset {
	t.Helper()
	ds, err := data.LoadFile(filepath.Join("testdata", "fixture.json"))
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestLook writes the fixture (or the bundled data with NETWORK_BUNDLED=1)
// as PNG and SVG in both languages and themes to $NETWORK_LOOK, for eyes.
func TestLook(t *testing.T) {
	dir := os.Getenv("NETWORK_LOOK")
	if dir == "" {
		t.Skip("set NETWORK_LOOK=/tmp/dir to write pictures to look at")
	}
	ds := fixture(t)
	if os.Getenv("NETWORK_BUNDLED") != "" {
		var err error
		if ds, err = data.Bundled(); err != nil {
			t.Fatal(err)
		}
	}
	// One dated picture: only the relations in force then.
	{
		it := Item(ds, "en", time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC))
		o := export.Defaults()
		o.Scale = 1
		var buf bytes.Buffer
		if err := export.Render(&buf, it.Apply(o), it.Draw); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "en-asof-2024-06.png"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, lang := range []string{"en", "zh"} {
		for _, th := range []export.Theme{export.Light, export.Dark} {
			it := Item(ds, lang, time.Time{})
			for _, c := range []struct {
				format string
				scale  int
			}{{export.PNG, 1}, {export.PNG, 2}, {export.SVG, 1}} {
				o := export.Defaults()
				o.Format, o.Scale, o.Theme, o.Lang = c.format, c.scale, th, lang
				var buf bytes.Buffer
				if err := export.Render(&buf, it.Apply(o), it.Draw); err != nil {
					t.Fatal(err)
				}
				name := filepath.Join(dir, lang+"-"+th.Name+"-"+string(rune('0'+c.scale))+"x."+c.format)
				if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}
