package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
)

// TestPlace: each kind of date gets its honest mark, lane and extent.
func TestPlace(t *testing.T) {
	ds := &data.Dataset{Sources: []data.Source{{ID: "a", Date: data.Date{Value: "2025-11", Precision: data.Month}}}}
	src := data.Ref{Doc: "a", Section: "s", Paragraph: 1}
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	ev := func(d data.Date) *data.Event { return &data.Event{ID: "e", Date: d, Source: src} }
	for _, tc := range []struct {
		name      string
		e         *data.Event
		mark      Mark
		lane      string
		s, end    string
		statement bool
	}{
		{"day", ev(data.Date{Value: "2025-11-03", Precision: data.Day}), Dot, OtherLane, "2025-11-03", "2025-11-04", false},
		{"month", ev(data.Date{Value: "2025-04", Precision: data.Month}), Approx, OtherLane, "2025-04-01", "2025-05-01", false},
		{"by a year: a bracket closing at its end", ev(data.Date{Value: "2026", Precision: data.Year, Qualifier: data.By}), OpenStart, OtherLane, "2026-10-01", "2027-01-01", false},
		{"before a year: closing at its start", ev(data.Date{Value: "2027", Precision: data.Year, Qualifier: data.Before}), OpenStart, OtherLane, "2026-10-01", "2027-01-01", false},
		{"after a month: opening at its end", ev(data.Date{Value: "2023-11", Precision: data.Month, Qualifier: data.After}), OpenEnd, OtherLane, "2023-12-01", "2024-03-01", false},
		{"undated: its own strip, at the source's date", ev(data.Date{Precision: data.Undated}), Undated, UndatedLane, "2025-11-01", "2025-11-02", false},
		{"a dated statement", nil, Said, StatementLane, "2025-11-03", "2025-11-04", true},
	} {
		e := tc.e
		if tc.statement {
			se := statementEvent(data.Statement{ID: "s", Date: data.Date{Value: "2025-11-03", Precision: data.Day}, Source: src, Status: data.Claimed})
			e = &se
		}
		s, end, mark := place(ds, e)
		if mark != tc.mark || !s.Equal(day(tc.s)) || !end.Equal(day(tc.end)) {
			t.Errorf("%s: %v–%v mark %d, want %s–%s mark %d", tc.name, s, end, mark, tc.s, tc.end, tc.mark)
		}
		if l := laneFor(nil, e, ByCamp, ""); l != tc.lane {
			t.Errorf("%s: lane %q, want %q", tc.name, l, tc.lane)
		}
	}
}

// TestStoryStatements: statements join the events, and the query filters them.
func TestStoryStatements(t *testing.T) {
	ds := &data.Dataset{
		Events:     []data.Event{{ID: "e", Type: "deal", Title: data.Text{En: "a deal"}}},
		Statements: []data.Statement{{ID: "s", Speaker: data.Speaker{Name: data.Text{En: "Altman"}, Company: "openai"}, Text: data.Text{En: "compute matters"}, Status: data.Claimed, Date: data.Date{Precision: data.Undated}}},
	}
	ids := func(q Query) []string {
		var out []string
		for _, e := range Story(ds, q) {
			out = append(out, e.ID)
		}
		return out
	}
	for _, tc := range []struct {
		q    Query
		want []string
	}{
		{Query{}, []string{"e", "statement:s"}},
		{Query{Type: "deal"}, []string{"e"}},
		{Query{Type: StatementType}, []string{"statement:s"}},
		{Query{Company: "openai"}, []string{"statement:s"}},
		{Query{Text: "compute"}, []string{"statement:s"}},
	} {
		if got := ids(tc.q); len(got) != len(tc.want) || len(got) > 0 && got[len(got)-1] != tc.want[len(tc.want)-1] {
			t.Errorf("Story(%+v) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestEntryByID: a statement's entry opens a card like an event's.
func TestEntryByID(t *testing.T) {
	ds := &data.Dataset{
		Events:     []data.Event{{ID: "e"}},
		Statements: []data.Statement{{ID: "s", Text: data.Text{En: "said"}}},
	}
	if e := entryByID(ds, "e"); e == nil || e.ID != "e" {
		t.Errorf("event: %v", e)
	}
	if e := entryByID(ds, "statement:s"); e == nil || !IsStatement(e) || e.Text.En != "said" {
		t.Errorf("statement: %v", e)
	}
	if entryByID(ds, "s") != nil || entryByID(nil, "e") != nil {
		t.Error("found what is not there")
	}
}

// TestCardListsStatements: an event's card carries what people said about it.
func TestCardListsStatements(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	var split *data.Event
	for i := range ds.Events {
		if ds.Events[i].ID == "strategic-split-2025" {
			split = &ds.Events[i]
		}
	}
	if split == nil {
		t.Fatal("no strategic-split-2025")
	}
	got := CardDetails(ds, split, "en")
	for _, want := range []string{"Sam Altman (OpenAI): Artificial general intelligence will be achieved before 2027.", "Satya Nadella (Microsoft): ", "before Apr 2025 · claimed"} {
		if !strings.Contains(got, want) {
			t.Errorf("card lacks %q:\n%s", want, got)
		}
	}
}
