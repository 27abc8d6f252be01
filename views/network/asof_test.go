package network

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/data"
)

// TestCampsFollowAsOf: a camp's region and its members' place in it follow
// the as-of date by data's rule; an undated forecast camp shows only with
// the whole story.
func TestCampsFollowAsOf(t *testing.T) {
	src := data.Ref{Doc: "a", Section: "s", Paragraph: 1}
	d := func(v string) *data.Date { return &data.Date{Value: v, Precision: data.Day} }
	ds := &data.Dataset{
		Sources:   []data.Source{{ID: "a", Date: data.Date{Value: "2025-11", Precision: data.Month}}},
		Companies: []data.Company{{ID: "a"}, {ID: "b"}, {ID: "c"}},
		Camps: []data.Camp{
			{ID: "ona", Formed: d("2025-11-03"), Status: data.Reported, Source: src,
				Members: []data.Member{{Company: "a"}, {Company: "b", Joined: d("2025-11-20")}}},
			{ID: "future", Status: data.Forecast, Source: src, Members: []data.Member{{Company: "c"}}},
		},
	}
	pos := Positions{"a": {X: 100, Y: 100}, "b": {X: 300, Y: 100}, "c": {X: 200, Y: 300}}
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	for _, tc := range []struct {
		at      time.Time
		camps   []string
		members map[string][]int // company -> camp indexes drawn around it
	}{
		{day("2025-11-02"), nil, map[string][]int{}},
		{day("2025-11-03"), []string{"ona"}, map[string][]int{"a": {0}}},
		{day("2025-11-20"), []string{"ona"}, map[string][]int{"a": {0}, "b": {0}}},
		{time.Time{}, []string{"ona", "future"}, map[string][]int{"a": {0}, "b": {0}, "c": {1}}},
	} {
		sc := Scene{Data: ds, Pos: pos, AsOf: tc.at}
		if got := sc.CampsShown(); !slices.Equal(got, tc.camps) {
			t.Errorf("as of %v: camps %v, want %v", tc.at, got, tc.camps)
		}
		g := sc.build(chart.Box{Right: 400, Bottom: 400}, 1)
		var hulls []int
		for _, h := range g.hulls {
			hulls = append(hulls, h.camp)
		}
		if len(hulls) != len(tc.camps) {
			t.Errorf("as of %v: %d regions, want %d", tc.at, len(hulls), len(tc.camps))
		}
		for _, n := range g.nodes {
			if want := tc.members[n.id]; !slices.Equal(n.camps, want) {
				t.Errorf("as of %v: %s in camps %v, want %v", tc.at, n.id, n.camps, want)
			}
		}
	}
}

// TestDetailListsStatements: a company's detail panel lists what its
// people said, with the date and the locator.
func TestDetailListsStatements(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	v := newView(ds, "en", onTestThread)
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(1280, 800))
	waitLayout(t, v)
	v.Select("microsoft")
	got := detailText(v)
	for _, want := range []string{"Statements", "Satya Nadella, CEO: A real AI ecosystem cannot rest on one partner", "undated · claimed", "¶2"} {
		if !strings.Contains(got, want) {
			t.Errorf("detail panel lacks %q:\n%s", want, got)
		}
	}
	v.Select("google")
	if strings.Contains(detailText(v), "Statements") {
		t.Errorf("Google's panel lists statements:\n%s", detailText(v))
	}
	// As of a day before the article, nothing undated had been said, and
	// Microsoft was in no camp yet.
	v.SetAsOf(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))
	v.Select("microsoft")
	if got := detailText(v); strings.Contains(got, "A real AI ecosystem") || strings.Contains(got, "MAA camp") {
		t.Errorf("as of 1 March 2025 the panel says:\n%s", got)
	}
	v.SetAsOf(time.Date(2025, 11, 10, 0, 0, 0, 0, time.UTC))
	v.Select("microsoft")
	if got := detailText(v); !strings.Contains(got, "A real AI ecosystem") || !strings.Contains(got, "MAA camp") {
		t.Errorf("as of 10 November 2025 the panel says:\n%s", got)
	}
}
