package data

import (
	"testing"
	"time"
)

func minimal(t testing.TB) *Dataset {
	t.Helper()
	ds, err := LoadFile("testdata/good/minimal.json")
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

func relIDs(rs []*Relation) []string {
	out := []string{}
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

func eq(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestIndex(t *testing.T) {
	ds := minimal(t)
	x := ds.Index()
	if c := x.Company("amazon"); c == nil || c.Name.En != "Amazon" || c != &ds.Companies[3] {
		t.Errorf("Company(amazon) = %v, want a pointer to companies[3]", c)
	}
	for _, id := range []string{"", "nobody", "Amazon"} {
		if x.Company(id) != nil || x.Camp(id) != nil || x.Relation(id) != nil || x.Era(id) != nil || x.Series(id) != nil || x.Event(id) != nil || x.Chart(id) != nil {
			t.Errorf("lookup of %q found something", id)
		}
	}
	if c := x.Camp("ms-openai"); c == nil || len(c.Members) != 2 {
		t.Errorf("Camp(ms-openai) = %v", c)
	}
	if r := x.Relation("ms-openai-exclusive"); r == nil || r.Until == nil {
		t.Errorf("Relation(ms-openai-exclusive) = %v", r)
	}
	if e := x.Era("realignment"); e == nil || e.Start.Value != "2025" {
		t.Errorf("Era(realignment) = %v", e)
	}
	if s := x.Series("api-share"); s == nil || len(s.Points) != 3 {
		t.Errorf("Series(api-share) = %v", s)
	}
	if e := x.Event("talks"); e == nil || e.End == nil {
		t.Errorf("Event(talks) = %v", e)
	}
	if c := x.Chart("deal-values"); c == nil || c.Kind != ChartDealValues {
		t.Errorf("Chart(deal-values) = %v", c)
	}

	for _, tc := range []struct {
		company          string
		camps, relations []string
		events           []string
	}{
		{"openai", []string{"ms-openai"}, []string{"ms-invests-openai", "ms-openai-exclusive"}, []string{"restructure"}},
		{"microsoft", []string{"ms-openai"}, []string{"ms-invests-openai", "ms-openai-exclusive"}, []string{"restructure"}},
		{"amazon", []string{"amazon-anthropic"}, []string{"amazon-anthropic-compute"}, []string{}},
		{"nobody", []string{}, []string{}, []string{}},
	} {
		var camps, events []string
		camps, events = []string{}, []string{}
		for _, c := range x.CampsOf(tc.company) {
			camps = append(camps, c.ID)
		}
		for _, e := range x.EventsOf(tc.company) {
			events = append(events, e.ID)
		}
		if !eq(camps, tc.camps) {
			t.Errorf("CampsOf(%s) = %v, want %v", tc.company, camps, tc.camps)
		}
		if got := relIDs(x.RelationsOf(tc.company)); !eq(got, tc.relations) {
			t.Errorf("RelationsOf(%s) = %v, want %v", tc.company, got, tc.relations)
		}
		if !eq(events, tc.events) {
			t.Errorf("EventsOf(%s) = %v, want %v", tc.company, events, tc.events)
		}
	}
}

func TestRelationsAsOf(t *testing.T) {
	ds := minimal(t)
	// ms-openai-exclusive: 2019 (year) until 2025-10-28 (day);
	// ms-invests-openai: 2023-01 (month); amazon-anthropic-compute: 2024-11-22.
	for _, tc := range []struct {
		at   time.Time
		want []string
	}{
		{time.Time{}, []string{"ms-invests-openai", "ms-openai-exclusive", "amazon-anthropic-compute"}},
		{day("2018-12-31"), []string{}},
		{day("2019-01-01"), []string{}},                      // a year alone does not count from 1 January
		{day("2019-12-31"), []string{"ms-openai-exclusive"}}, // but from its last day (the source is of 2025)
		{day("2022-12-31"), []string{"ms-openai-exclusive"}},
		{day("2023-01-01"), []string{"ms-invests-openai", "ms-openai-exclusive"}}, // month start
		{day("2024-11-22"), []string{"ms-invests-openai", "ms-openai-exclusive", "amazon-anthropic-compute"}},
		{day("2025-10-28").Add(23 * time.Hour), []string{"ms-invests-openai", "ms-openai-exclusive", "amazon-anthropic-compute"}}, // until's day still in force
		{day("2025-10-29"), []string{"ms-invests-openai", "amazon-anthropic-compute"}},                                            // until.End() is exclusive
	} {
		if got := relIDs(RelationsAsOf(ds, tc.at)); !eq(got, tc.want) {
			t.Errorf("RelationsAsOf(%v) = %v, want %v", tc.at, got, tc.want)
		}
	}
}

func TestEventsUntil(t *testing.T) {
	ds := minimal(t)
	// restructure: 2025-10-28 (day); talks: 2025-06 (month) to 2025-09.
	for _, tc := range []struct {
		at   time.Time
		want []string
	}{
		{time.Time{}, []string{"restructure", "talks"}},
		{day("2025-05-31"), []string{}},
		{day("2025-06-01"), []string{"talks"}},
		{day("2025-10-27"), []string{"talks"}},
		{day("2025-10-28"), []string{"restructure", "talks"}},
	} {
		got := []string{}
		for _, e := range EventsUntil(ds, tc.at) {
			got = append(got, e.ID)
		}
		if !eq(got, tc.want) {
			t.Errorf("EventsUntil(%v) = %v, want %v", tc.at, got, tc.want)
		}
	}
}

// TestShareSums checks which percent points are taken as parts of a whole.
func TestShareSums(t *testing.T) {
	pt := func(v float64, group, date string) Point {
		p := Point{Label: Text{En: "p"}, Value: v, Status: Estimate, Source: Ref{Doc: "d", Section: "s", Paragraph: 1}}
		if group != "" {
			p.Group = &Text{En: group}
		}
		if date != "" {
			p.Date = &Date{Value: date, Precision: Year}
		}
		return p
	}
	for _, tc := range []struct {
		name   string
		points []Point
		chart  string // kind of the chart drawing the series, if any
		errs   int
	}{
		{"group over 100", []Point{pt(60, "a", ""), pt(50, "a", "")}, "", 1},
		{"two groups", []Point{pt(60, "a", ""), pt(50, "b", "")}, "", 0},
		{"rounding", []Point{pt(33.34, "a", ""), pt(33.34, "a", ""), pt(33.33, "a", "")}, "", 0},
		{"growth rates, no chart", []Point{pt(80, "", "2025"), pt(70, "", "2025")}, ChartBars, 0},
		{"donut by date", []Point{pt(80, "", "2025"), pt(70, "", "2025")}, ChartDonut, 1},
		{"donut, two dates", []Point{pt(80, "", "2024"), pt(70, "", "2025")}, ChartDonut, 0},
		{"share, undated", []Point{pt(80, "", ""), pt(30, "", "")}, ChartShare, 1},
	} {
		ds := &Dataset{
			Version: FormatVersion,
			Sources: []Source{{ID: "d", Sections: []Section{{ID: "s"}}, Date: Date{Value: "2025", Precision: Year}}},
			Series:  []Series{{ID: "x", Title: Text{En: "x"}, Unit: UnitPercent, Points: tc.points}},
			Charts:  []Chart{{ID: "c", Kind: tc.chart, Title: Text{En: "c"}, Series: []string{"x"}}},
		}
		var c collector
		checkMeaning(ds, &c)
		if len(c.probs) != tc.errs {
			t.Errorf("%s: %d problems %v, want %d", tc.name, len(c.probs), c.probs, tc.errs)
		}
	}
}
