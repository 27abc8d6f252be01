package network

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

func TestCampLongName(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]map[string]string{
		"en": {"ONA triangle": "ONA triangle (OpenAI + NVIDIA + Amazon Web Services)", "MAA camp": "MAA camp (Microsoft + Anthropic + AMD)"},
		"zh": {"ONA 铁三角": "ONA 铁三角 (OpenAI + 英伟达 + 亚马逊云科技)"},
	}
	seen := 0
	for _, c := range ds.Camps {
		for lang, m := range want {
			got := CampLongName(ds, c, lang)
			if w, ok := m[c.Name.In(lang)]; ok {
				seen++
				if got != w {
					t.Errorf("%s in %s: %q, want %q", c.ID, lang, got, w)
				}
			} else if c.Name.En[0] != 'O' && c.Name.En[0] != 'M' && got != c.Name.In(lang) {
				t.Errorf("%s in %s: %q, want the name as it is", c.ID, lang, got)
			}
		}
	}
	if seen != 3 {
		t.Errorf("checked %d of 3 names: the bundled camps changed?", seen)
	}
}

// TestHighlightCamp: the camp filter's highlight button lights the camp's
// members and relations, on screen and in the export, and tapping it again
// or selecting a company ends it.
func TestHighlightCamp(t *testing.T) {
	v, w := newTestView(t)
	w.Resize(fyne.NewSize(1280, 800))
	camp := v.sc.Data.Camps[0]
	var told []string
	v.OnHighlightCamp = func(ids []string) { told = ids }
	plain := exportPNG(t, v.Current())
	tapLit(t, v, camp.ID)
	if v.LitCamp() != camp.ID || len(told) != len(camp.Members) {
		t.Fatalf("lit %q, told %v", v.LitCamp(), told)
	}
	for _, m := range camp.Members {
		if !v.sc.Highlight[m.Company] {
			t.Errorf("member %s is not lit", m.Company)
		}
	}
	for _, c := range v.sc.Data.Companies {
		if v.sc.Highlight[c.ID] && !isMember(camp, c.ID) {
			t.Errorf("%s is lit but not in %s", c.ID, camp.ID)
		}
	}
	if lit := exportPNG(t, v.Current()); bytes.Equal(lit, plain) {
		t.Error("the export does not show the highlight")
	}
	tapLit(t, v, camp.ID)
	if v.LitCamp() != "" || v.sc.Highlight != nil || told != nil {
		t.Errorf("tapped again: lit %q, highlight %v, told %v", v.LitCamp(), v.sc.Highlight, told)
	}
	tapLit(t, v, camp.ID)
	v.Select("openai")
	if v.LitCamp() != "" || told != nil {
		t.Errorf("selecting a company left %q lit", v.LitCamp())
	}
}

func isMember(c data.Camp, id string) bool {
	for _, m := range c.Members {
		if m.Company == id {
			return true
		}
	}
	return false
}

// tapLit taps the highlight button beside the camp's check box.
func tapLit(t *testing.T, v *View, campID string) {
	t.Helper()
	check := v.campCheck[campID]
	var btn *widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if c, ok := o.(*fyne.Container); ok {
			has := false
			for _, x := range c.Objects {
				if x == fyne.CanvasObject(check) {
					has = true
				}
			}
			for _, x := range c.Objects {
				if b, ok := x.(*widget.Button); ok && has {
					btn = b
				}
				walk(x)
			}
			return
		}
		if wd, ok := o.(fyne.Widget); ok {
			for _, x := range test.WidgetRenderer(wd).Objects() {
				walk(x)
			}
		}
	}
	walk(v.content)
	if btn == nil {
		t.Fatalf("no highlight button for %s", campID)
	}
	test.Tap(btn)
}

func exportPNG(t *testing.T, it export.Item) []byte {
	t.Helper()
	img, err := export.Image(480, 270, 0.25, export.Light, "en", it.Draw)
	if err != nil {
		t.Fatal(err)
	}
	return img.Pix
}
