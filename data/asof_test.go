package data

import (
	"testing"
	"time"
)

// TestSince pins the one "as of" rule: the first day each kind of date
// counts from, for a source dated November 2025.
func TestSince(t *testing.T) {
	ds := &Dataset{Sources: []Source{{ID: "a", Date: Date{Value: "2025-11", Precision: Month}}, {ID: "y", Date: Date{Value: "2024", Precision: Year}}}}
	ref := Ref{Doc: "a", Section: "s", Paragraph: 1}
	d := func(v string, p Precision, q Qualifier) Date { return Date{Value: v, Precision: p, Qualifier: q} }
	for _, tc := range []struct {
		name string
		date Date
		ref  Ref
		want string // "" for the zero time
	}{
		{"day", d("2025-11-03", Day, ""), ref, "2025-11-03"},
		{"month: its first day", d("2025-04", Month, ""), ref, "2025-04-01"},
		{"year of the source: the source's date", d("2025", Year, ""), ref, "2025-11-01"},
		{"year before the source: its last day", d("2024", Year, ""), ref, "2024-12-31"},
		{"year after the source: its last day", d("2026", Year, ""), ref, "2026-12-31"},
		{"undated: the source's date", Date{Precision: Undated}, ref, "2025-11-01"},
		{"undated, unknown source: always", Date{Precision: Undated}, Ref{Doc: "nope"}, ""},
		{"by a year: its last day", d("2026", Year, By), ref, "2026-12-31"},
		{"by a day: that day", d("2025-11-05", Day, By), ref, "2025-11-05"},
		{"before a day: the day before", d("2025-11-03", Day, Before), ref, "2025-11-02"},
		{"before a year: the last day of the year before", d("2027", Year, Before), ref, "2026-12-31"},
		{"before a month", d("2025-04", Month, Before), ref, "2025-03-31"},
		{"after a month: the next month's first day", d("2023-11", Month, After), ref, "2023-12-01"},
		{"about a month: as the month", d("2025-04", Month, About), ref, "2025-04-01"},
		{"about a year of the source", d("2025", Year, About), ref, "2025-11-01"},
		{"unreadable: always", d("2025-13", Month, ""), ref, ""},
		{"year of a source dated to the year: its last day", d("2024", Year, ""), Ref{Doc: "y"}, "2024-12-31"},
	} {
		got := ds.Since(tc.date, tc.ref)
		want := time.Time{}
		if tc.want != "" {
			want = day(tc.want)
		}
		if !got.Equal(want) {
			t.Errorf("%s: Since(%+v) = %v, want %v", tc.name, tc.date, got, want)
		}
	}
}

// TestAsOfRecords applies the rule to each kind of record the views show.
func TestAsOfRecords(t *testing.T) {
	src := Ref{Doc: "a", Section: "s", Paragraph: 1}
	yr := func(v string) *Date { return &Date{Value: v, Precision: Year} }
	leak := &Date{Value: "2025-11-05", Precision: Day}
	ds := &Dataset{
		Sources: []Source{{ID: "a", Date: Date{Value: "2025-11", Precision: Month}}},
		Relations: []Relation{{ID: "r", Date: Date{Value: "2025-11-03", Precision: Day}, Source: src},
			{ID: "leaked", Date: Date{Precision: Undated}, Reported: leak, Source: src}},
	}
	leaked := &ds.Relations[1]
	formed := &Camp{ID: "ona", Formed: &Date{Value: "2025-11-03", Precision: Day}, Status: Reported, Source: src,
		Members: []Member{{Company: "openai"}, {Company: "late", Joined: &Date{Value: "2025-11-20", Precision: Day}}}}
	undatedCamp := &Camp{ID: "u", Status: Reported, Source: src}
	forecast := &Camp{ID: "f", Status: Forecast, Source: src}
	forecastFor := &Camp{ID: "g", Status: Forecast, Formed: yr("2026"), Source: src}
	pUndated := &Point{Source: src}
	pOld := &Point{Date: yr("2024"), Source: src}
	pDeal := &Point{Relation: "r", Source: src}
	st := &Statement{Date: Date{Precision: Undated}, Source: src}
	for _, tc := range []struct {
		at   string // "" for the zero time
		what string
		got  func(time.Time) bool
		want bool
	}{
		{"2025-11-02", "camp before it formed", func(t time.Time) bool { return ds.CampAsOf(formed, t) }, false},
		{"2025-11-03", "camp on the day it formed", func(t time.Time) bool { return ds.CampAsOf(formed, t) }, true},
		{"2025-11-03", "member with the camp", func(t time.Time) bool { return ds.MemberAsOf(formed, &formed.Members[0], t) }, true},
		{"2025-11-19", "member before it joined", func(t time.Time) bool { return ds.MemberAsOf(formed, &formed.Members[1], t) }, false},
		{"2025-11-20", "member on joining", func(t time.Time) bool { return ds.MemberAsOf(formed, &formed.Members[1], t) }, true},
		{"2025-10-31", "undated camp before its source", func(t time.Time) bool { return ds.CampAsOf(undatedCamp, t) }, false},
		{"2025-11-01", "undated camp from its source", func(t time.Time) bool { return ds.CampAsOf(undatedCamp, t) }, true},
		{"2030-01-01", "undated forecast camp with a date", func(t time.Time) bool { return ds.CampAsOf(forecast, t) }, false},
		{"", "undated forecast camp, whole story", func(t time.Time) bool { return ds.CampAsOf(forecast, t) }, true},
		{"2026-12-30", "forecast camp before the year it is forecast for ends", func(t time.Time) bool { return ds.CampAsOf(forecastFor, t) }, false},
		{"2026-12-31", "forecast camp at its date", func(t time.Time) bool { return ds.CampAsOf(forecastFor, t) }, true},
		{"2025-10-31", "undated figure before its source", func(t time.Time) bool { return ds.PointKnown(pUndated, t) }, false},
		{"2025-11-01", "undated figure from its source", func(t time.Time) bool { return ds.PointKnown(pUndated, t) }, true},
		{"2024-12-30", "year figure, not from 1 January", func(t time.Time) bool { return ds.PointKnown(pOld, t) }, false},
		{"2024-12-31", "year figure, its last day", func(t time.Time) bool { return ds.PointKnown(pOld, t) }, true},
		{"2025-11-02", "a deal's figure before the deal", func(t time.Time) bool { return ds.PointKnown(pDeal, t) }, false},
		{"2025-11-03", "a deal's figure with the deal", func(t time.Time) bool { return ds.PointKnown(pDeal, t) }, true},
		{"2025-11-04", "undated deal before its leak", func(t time.Time) bool { return ds.InForce(leaked, t) }, false},
		{"2025-11-05", "undated deal from its leak", func(t time.Time) bool { return ds.InForce(leaked, t) }, true},
		{"2025-11-01", "undated statement from its source", func(t time.Time) bool { return ds.StatementMade(st, t) }, true},
		{"2025-10-31", "undated statement before its source", func(t time.Time) bool { return ds.StatementMade(st, t) }, false},
	} {
		at := time.Time{}
		if tc.at != "" {
			at = day(tc.at)
		}
		if got := tc.got(at); got != tc.want {
			t.Errorf("%s, as of %q: %v, want %v", tc.what, tc.at, got, tc.want)
		}
	}
}

func TestDateLabel(t *testing.T) {
	for _, tc := range []struct {
		d      Date
		en, zh string
	}{
		{Date{Value: "2025-11-03", Precision: Day}, "3 Nov 2025", "2025年11月3日"},
		{Date{Value: "2026", Precision: Year, Qualifier: By}, "by 2026", "2026年或之前"},
		{Date{Value: "2027", Precision: Year, Qualifier: Before}, "before 2027", "2027年前"},
		{Date{Value: "2025-04", Precision: Month, Qualifier: About}, "about Apr 2025", "约2025年4月"},
		{Date{Precision: Undated}, "undated", "未注明日期"},
	} {
		if got := tc.d.Label("en"); got != tc.en {
			t.Errorf("%+v en = %q, want %q", tc.d, got, tc.en)
		}
		if got := tc.d.Label("zh"); got != tc.zh {
			t.Errorf("%+v zh = %q, want %q", tc.d, got, tc.zh)
		}
	}
}

// A relation that ended before a date is over when that date begins; one
// that held by or until a date holds through its end.
func TestUntilQualifier(t *testing.T) {
	ds := &Dataset{}
	rel := func(q Qualifier) *Relation {
		return &Relation{Date: Date{Value: "2024-01-01", Precision: Day}, Until: &Date{Value: "2026", Precision: Year, Qualifier: q}}
	}
	for _, tc := range []struct {
		q    Qualifier
		at   string
		want bool
	}{
		{"", "2026-06-01", true},
		{By, "2026-12-31", true},
		{By, "2027-01-01", false},
		{Before, "2025-12-31", true},
		{Before, "2026-01-01", false},
		{Before, "2026-06-01", false},
	} {
		if got := ds.InForce(rel(tc.q), day(tc.at)); got != tc.want {
			t.Errorf("until %q 2026, at %s: in force %v, want %v", tc.q, tc.at, got, tc.want)
		}
	}
}
