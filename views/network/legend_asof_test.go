package network

import (
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
)

// The legend lists the camps the picture draws: none before the first camp
// formed, the two camps of November 2025 after it, every camp with no date
// (forecast camps only then).
func TestLegendCampsFollowTheDate(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		asOf string
		want int
	}{
		{"2024-07-09", 0},
		{"2025-12-31", 2},
		{"", len(ds.Camps)},
	}
	for _, c := range cases {
		sc := &Scene{Data: ds, Lang: "en"}
		if c.asOf != "" {
			sc.AsOf, _ = time.Parse("2006-01-02", c.asOf)
		}
		camps, _, _, _ := legendContent(sc)
		if len(camps) != c.want || len(camps) != len(sc.CampsShown()) {
			t.Errorf("as of %q: the legend lists %d camps, the picture draws %v; want %d", c.asOf, len(camps), sc.CampsShown(), c.want)
		}
	}
}
