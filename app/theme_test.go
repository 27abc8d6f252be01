package app

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"github.com/aicamps/aicamps/assets"
	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// The GUI font must show every character the app itself brings: the
// bundled data, the translations and the UI words in the views' and app's
// Go sources. A change to any of them needs `make font` when this fails.
func TestUIFontCoversTheApp(t *testing.T) {
	sub, err := truetype.Parse(assets.UIFont)
	if err != nil {
		t.Fatalf("the UI font does not parse: %v", err)
	}
	full := export.Font()
	texts := map[string][]byte{"assets/data/camps.json": assets.CampsJSON}
	fs.WalkDir(assets.Translations, ".", func(p string, d fs.DirEntry, _ error) error {
		if !d.IsDir() {
			texts["assets/"+p], _ = fs.ReadFile(assets.Translations, p)
		}
		return nil
	})
	for _, dir := range []string{".", "../views"} {
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, _ error) error {
			if strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
				texts[p], _ = os.ReadFile(p)
			}
			return nil
		})
	}
	if len(texts) < 20 {
		t.Fatalf("read only %d files", len(texts))
	}
	for name, b := range texts {
		for _, r := range string(b) {
			if sub.Index(r) == 0 && full.Index(r) != 0 {
				t.Errorf("%s: %q (U+%04X) is in the full font but not in the UI subset", name, r, r)
			}
		}
	}
}

// Every character of the subset draws the full face's glyph: the same
// outline points (on or off the curve) and the same advance. A wrong
// character map once sent U+00C4–U+017F (× among them) to other glyphs.
func TestUIFontGlyphsAreTheFullFaces(t *testing.T) {
	sub, err := truetype.Parse(assets.UIFont)
	if err != nil {
		t.Fatal(err)
	}
	full := export.Font()
	var a, b truetype.GlyphBuf
	n := 0
	for r := rune(0x20); r <= 0xFFFF; r++ {
		ia := sub.Index(r)
		if ia == 0 {
			continue
		}
		n++
		if err := a.Load(sub, fixed.I(64), ia, font.HintingNone); err != nil {
			t.Fatalf("%q: %v", r, err)
		}
		if err := b.Load(full, fixed.I(64), full.Index(r), font.HintingNone); err != nil {
			t.Fatalf("%q: %v", r, err)
		}
		same := len(a.Points) == len(b.Points) && a.AdvanceWidth == b.AdvanceWidth && slices.Equal(a.Ends, b.Ends)
		for i := 0; same && i < len(a.Points); i++ {
			p, q := a.Points[i], b.Points[i]
			same = p.X == q.X && p.Y == q.Y && p.Flags&1 == q.Flags&1
		}
		if !same {
			t.Errorf("%q (U+%04X): the subset's glyph differs from the full face's", r, r)
		}
	}
	if n < 5000 {
		t.Errorf("the subset maps %d characters, want GB2312's first level and more (over 5,000)", n)
	}
}

func TestFontFor(t *testing.T) {
	bundled, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	withName := func(name string) *data.Dataset {
		ds := *bundled
		ds.Companies = append([]data.Company(nil), bundled.Companies...)
		ds.Companies[0].Name.Zh = name
		return &ds
	}
	for _, c := range []struct {
		what string
		ds   *data.Dataset
		path string
		want fyne.Resource
	}{
		{"bundled", bundled, "", uiFont},
		{"no data", nil, "", uiFont},
		{"a GBK character outside GB2312 (龘)", withName("龘科技"), "", fullFont},
		{"a rarer GB2312 character (level 2: 鑫)", withName("鑫科技"), "", fullFont},
		{"common characters (level 1)", withName("中国科技"), "", uiFont},
		{"a traditional character (臺)", withName("臺積電"), "", fullFont},
		{"an emoji neither font has", withName("AI 🤖"), "", uiFont},
		{"a file name the status bar shows (臺灣.json)", bundled, "/home/u/臺灣.json", fullFont},
	} {
		if got := fontFor(c.ds, c.path); got != c.want {
			t.Errorf("%s: font %s, want %s", c.what, got.Name(), c.want.Name())
		}
	}
}

// Opening data the subset cannot show switches the GUI to the full face,
// and going back to the bundled data switches back.
func TestOpenedDataPicksTheFont(t *testing.T) {
	u := newTestUI(t, nil, options{})
	font := func() fyne.Resource { return u.app.Settings().Theme().Font(fyne.TextStyle{}) }
	if font() != uiFont {
		t.Fatalf("start: %s, want the UI subset", font().Name())
	}
	ds := *u.bundled
	ds.Companies = append([]data.Company(nil), u.bundled.Companies...)
	ds.Companies[0].Name.Zh = "臺積電"
	u.switchData(&ds, "/tmp/tw.json")
	if font() != fullFont {
		t.Errorf("data with 臺: %s, want the full face", font().Name())
	}
	u.switchData(u.bundled, "")
	if font() != uiFont {
		t.Errorf("back to the bundled data: %s, want the UI subset", font().Name())
	}
}
