package timeline

import (
	"strings"
	"time"

	"github.com/aicamps/aicamps/data"
)

// Lanes of their own: facts the source does not date, and what people said.
const (
	UndatedLane   = "undated"
	StatementLane = "statements"
	// StatementType is the event type of a statement on the timeline.
	StatementType = "statement"
	// statementPrefix starts the id of a statement's timeline entry, so that
	// it cannot meet an event's id.
	statementPrefix = "statement:"
)

// Story is what the timeline shows for q: the matching events, then the
// statements as entries of type "statement", each in dataset order.
func Story(ds *data.Dataset, q Query) []data.Event {
	out := Filter(ds, q)
	if ds == nil || q.Type != "" && q.Type != StatementType {
		return out
	}
	names := map[string]data.Text{}
	for _, c := range ds.Companies {
		names[c.ID] = c.Name
	}
	needle := strings.ToLower(strings.TrimSpace(q.Text))
	for _, s := range ds.Statements {
		e := statementEvent(s)
		if q.Status != "" && e.Status != q.Status || q.Company != "" && !hasParty(e, q.Company) {
			continue
		}
		if needle != "" && !matchText(e, names, needle) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// statementEvent is a statement as a timeline entry: the speaker's words,
// our paraphrase, at the statement's date.
func statementEvent(s data.Statement) data.Event {
	e := data.Event{ID: statementPrefix + s.ID, Date: s.Date, Type: StatementType, Status: s.Status, Source: s.Source}
	e.Title = data.Text{Zh: s.Speaker.Name.Zh + ":" + s.Text.Zh, En: s.Speaker.Name.En + ": " + s.Text.En}
	e.Text = s.Text
	if s.Speaker.Company != "" {
		e.Parties = []string{s.Speaker.Company}
	}
	return e
}

// IsStatement reports whether a timeline entry is a statement.
func IsStatement(e *data.Event) bool {
	return e.Type == StatementType && strings.HasPrefix(e.ID, statementPrefix)
}

// place is where an entry's mark goes and how it is drawn, honest to its
// kind of date: a day a dot, a month or year a faint bar, a span a bar,
// "by" or "before" a bracket closing at its bound with an open start,
// "after" one opening there, an undated fact a hollow mark at the day it
// counts from (its source's date), in the undated strip.
func place(ds *data.Dataset, e *data.Event) (s, end time.Time, mark Mark) {
	if IsStatement(e) && (e.Date.IsUndated() || e.Date.Precision == data.Day) {
		s = ds.Since(e.Date, e.Source)
		return s, s.AddDate(0, 0, 1), Said
	}
	if e.Date.IsUndated() {
		s = ds.Since(e.Date, e.Source)
		return s, s.AddDate(0, 0, 1), Undated
	}
	s, end = e.Date.Start(), e.Date.End()
	if e.End != nil && e.End.End().After(end) {
		end = e.End.End()
	}
	switch {
	case e.Date.Qualifier == data.By || e.Date.Qualifier == data.Before:
		bound := end
		if e.Date.Qualifier == data.Before {
			bound = s
		}
		return bound.AddDate(0, -openMonths, 0), bound, OpenStart
	case e.Date.Qualifier == data.After:
		return end, end.AddDate(0, openMonths, 0), OpenEnd
	case e.End != nil:
		return s, end, Span
	case e.Date.Precision == data.Day:
		return s, end, Dot
	}
	return s, end, Approx
}

// openMonths is how far an open bracket's line reaches from its bound.
const openMonths = 3

// laneFor is the lane of an entry: statements and undated facts have their
// own strips; the rest go by mode.
func laneFor(camps map[string]*data.Camp, e *data.Event, mode Mode) string {
	switch {
	case IsStatement(e):
		return StatementLane
	case e.Date.IsUndated():
		return UndatedLane
	}
	return laneKey(camps, e, mode)
}
