package charts

import (
	"sort"
	"testing"
	"time"

	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/network"
	"github.com/aicamps/aicamps/views/timeline"
)

// storyDays are the days on which something of ds begins to count, and the
// day before each: every date at which a view could change.
func storyDays(ds *data.Dataset) []time.Time {
	seen := map[time.Time]bool{}
	add := func(t time.Time) {
		if !t.IsZero() {
			seen[t], seen[t.AddDate(0, 0, -1)] = true, true
		}
	}
	for i := range ds.Events {
		add(ds.EventSince(&ds.Events[i]))
	}
	for _, r := range ds.Relations {
		add(ds.Since(r.Date, r.Source))
		if r.Reported != nil {
			add(ds.Since(*r.Reported, r.Source))
		}
		if r.Until != nil {
			add(r.Until.End())
		}
	}
	for _, c := range ds.Camps {
		if c.Formed != nil {
			add(ds.Since(*c.Formed, c.Source))
		}
	}
	for _, s := range ds.Series {
		for _, p := range s.Points {
			if p.Date != nil {
				add(ds.Since(*p.Date, p.Source))
			}
		}
	}
	var out []time.Time
	for t := range seen {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Before(out[j]) })
	return out
}

// TestViewsAgreeAsOf: at every day the story changes, every chart shows
// what the network and the timeline hold in force or known, by data's one
// rule: the deal charts draw exactly the deals the network draws; a figure
// that is a deal's value shows exactly when the network draws that deal;
// every other figure shows exactly when data says it is known; the timeline
// greys exactly the events that have not begun, and a deal on the timeline
// has begun only when the network can draw its deals.
func TestViewsAgreeAsOf(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	opt := network.LayoutOptions{Seed: network.DefaultSeed}
	pos := network.Layout(ds, opt)
	f := export.Frame{Box: chart.NewBox(0, 0, 1920, 1080), Scale: 1, Theme: export.Light, Lang: "en"}
	days := storyDays(ds)
	if len(days) < 20 {
		t.Fatalf("only %d days", len(days))
	}
	for _, at := range days {
		day := at.Format("2006-01-02")
		sc := network.Scene{Data: ds, Pos: pos, Layout: opt, AsOf: at}
		drawn := map[string]bool{}
		for _, r := range sc.VisibleRelations() {
			drawn[r.ID] = true
		}
		want := 0.0
		for _, r := range data.RelationsAsOf(ds, at) {
			if !drawn[r.ID] {
				t.Errorf("%s: %s is in force but the network does not draw it", day, r.ID)
			}
			if r.ValueUSD != nil {
				want += *r.ValueUSD
			}
		}
		for _, c := range ds.Charts {
			s, err := build(ds, c, "en", at)
			if err != nil {
				t.Fatal(err)
			}
			switch c.Kind {
			case data.ChartDealValues, data.ChartCampTotals:
				got := 0.0
				for _, b := range s.Bars {
					got += b.total()
				}
				if got != want {
					t.Errorf("%s: %s sums %v, the network's deals %v", day, c.ID, got, want)
				}
			default:
				pointsAgree(t, ds, c, s, at, drawn)
			}
		}
		L := timeline.Compute(f, timeline.Scene{Data: ds, AsOf: at})
		for _, p := range L.Items {
			e := p.Event
			if begun := ds.EventBegun(e, at); p.Future == begun {
				t.Errorf("%s: timeline greys %s: %v, but begun: %v", day, e.ID, p.Future, begun)
			}
			if e.Type != "deal" || p.Future {
				continue
			}
			for _, id := range e.Relations {
				for i := range ds.Relations {
					if r := &ds.Relations[i]; r.ID == id && ds.Since(r.Date, r.Source).After(at) && r.Reported == nil {
						t.Errorf("%s: the timeline shows deal %s, the network not yet its %s", day, e.ID, id)
					}
				}
			}
		}
	}
}

// pointsAgree checks one series chart: the figures it draws are those data
// knows, and a deal's figure is there exactly when the network draws the
// deal.
func pointsAgree(t *testing.T, ds *data.Dataset, c data.Chart, s spec, at time.Time, drawn map[string]bool) {
	t.Helper()
	parts := 0
	for _, b := range s.Bars {
		for _, p := range b.Parts {
			if p.Status != "" { // a donut's "not stated" rest has none
				parts++
			}
		}
	}
	known := 0
	for _, id := range c.Series {
		for i := range ds.Series {
			se := &ds.Series[i]
			if se.ID != id {
				continue
			}
			for _, p := range data.PointsAsOf(ds, se, at) {
				known++
				if p.Relation != "" && !drawn[p.Relation] {
					t.Errorf("%s: %s shows %q, but the network does not draw %s", at.Format("2006-01-02"), c.ID, p.Label.En, p.Relation)
				}
			}
		}
	}
	if parts != known {
		t.Errorf("%s: %s draws %d figures, data knows %d", at.Format("2006-01-02"), c.ID, parts, known)
	}
}
