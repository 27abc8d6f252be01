package network

import (
	"math"
	"strings"
	"testing"

	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// The legend's certainty lines name the statuses as every view does
// (data.Status.Name): the zh legend once said 宣称 where the rest said 声称.
func TestCertaintyWordsUseStatusNames(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		for key, sts := range map[string][]data.Status{"sure": {data.Reported}, "unsure": {data.Rumoured, data.Claimed}} {
			for _, st := range sts {
				if w := strings.ToLower(word(key, lang)); !strings.Contains(w, st.Name(lang)) {
					t.Errorf("%s legend %q does not say %q", lang, word(key, lang), st.Name(lang))
				}
			}
		}
	}
}

// TestEdgeHuesAreNotCamps: no relation type is drawn in a camp's hue, in
// the bundled data (finding 5): each is a grey or 20° of hue from every camp.
func TestEdgeHuesAreNotCamps(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	hue := func(c drawing.Color) (h, s float64) {
		R, G, B := float64(c.R), float64(c.G), float64(c.B)
		mx, mn := math.Max(R, math.Max(G, B)), math.Min(R, math.Min(G, B))
		if mx == 0 || mx == mn {
			return 0, 0
		}
		d := mx - mn
		switch mx {
		case R:
			h = 60 * math.Mod((G-B)/d, 6)
		case G:
			h = 60 * ((B-R)/d + 2)
		default:
			h = 60 * ((R-G)/d + 4)
		}
		return math.Mod(h+360, 360), d / mx
	}
	for _, typ := range append(append([]string{}, data.RelationTypes...), "unknown") {
		h, s := hue(styleOf(typ).Color)
		if s < 0.3 {
			continue
		}
		for _, c := range ds.Camps {
			ch, _ := hue(export.Color(c.Color, export.Light.Neutral))
			if d := math.Min(math.Abs(h-ch), 360-math.Abs(h-ch)); d < 20 {
				t.Errorf("%s is drawn at hue %.0f°, %.0f° from the %s camp's", typ, h, d, c.ID)
			}
		}
	}
}
