package timeline

import (
	"slices"
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
// statements that belong to no event as entries of type "statement" (a
// statement about an event is drawn as a speech tail on the event's mark and
// read on its card), each in dataset order.
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
		if aboutAnEvent(ds, &s) {
			continue
		}
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

// aboutAnEvent reports whether the statement belongs to an event of ds.
func aboutAnEvent(ds *data.Dataset, s *data.Statement) bool {
	for _, id := range s.About {
		for i := range ds.Events {
			if ds.Events[i].ID == id {
				return true
			}
		}
	}
	return false
}

// StatementsAbout lists the statements that belong to event id.
func StatementsAbout(ds *data.Dataset, id string) []*data.Statement {
	var out []*data.Statement
	for i := range ds.Statements {
		if slices.Contains(ds.Statements[i].About, id) {
			out = append(out, &ds.Statements[i])
		}
	}
	return out
}

// StatementLine is a statement on one line of an event's card: the speaker,
// our paraphrase, the date if any and the status.
func StatementLine(ds *data.Dataset, s *data.Statement, lang string) string {
	who := s.Speaker.Name.In(lang)
	if s.Speaker.Company != "" {
		for _, c := range ds.Companies {
			if c.ID == s.Speaker.Company {
				who += " (" + c.Name.In(lang) + ")"
			}
		}
	}
	line := who + ": " + s.Text.In(lang)
	if lang == "zh" {
		line = who + ":" + s.Text.In(lang)
	}
	if !s.Date.IsUndated() {
		line += ", " + s.Date.Label(lang)
	}
	return line + " · " + s.Status.Name(lang)
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

// entryByID is the timeline entry with id: an event, or a statement's
// entry; nil if there is none.
func entryByID(ds *data.Dataset, id string) *data.Event {
	if ds == nil {
		return nil
	}
	for i := range ds.Events {
		if ds.Events[i].ID == id {
			return &ds.Events[i]
		}
	}
	for _, s := range ds.Statements {
		if statementPrefix+s.ID == id {
			e := statementEvent(s)
			return &e
		}
	}
	return nil
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
		s = ds.EventSince(e)
		return s, s.AddDate(0, 0, 1), Said
	}
	if e.Date.IsUndated() {
		s = ds.EventSince(e)
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

// laneFor is the lane of an entry: undated facts (statements included) and
// dated statements have their own strips; the rest go by mode.
func laneFor(camps map[string]*data.Camp, e *data.Event, mode Mode, focus string) string {
	switch {
	case e.Date.IsUndated():
		return UndatedLane // a statement too: its speech mark tells it apart
	case IsStatement(e):
		return StatementLane
	}
	return laneKeyFor(camps, e, mode, focus)
}
