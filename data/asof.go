package data

import "time"

// The one rule for "as of", used by every view, chart and export.
//
// A fact counts from the first day its date makes it certain or, for plain
// day and month dates, the first day its date allows:
//   - a day: that day; a month: its first day;
//   - a year alone: not 1 January but a stated point, its source's date
//     when the source is of that year (the source is the evidence the fact
//     had happened by then), else the year's last day;
//   - undated: the day it was reported, when the record says (a leak's date),
//     else its source's date (as a plain date: a source of "2025-11" counts
//     from 1 November 2025);
//   - "by" X: X's last day; "before" X: the day before X; "after" X: the day
//     after X's last day; "about" X: as X.
//
// Shown "as of" t (a day's first instant) means counting from a day not
// after t. The zero t means "at any time": everything shows.

// Since is the first instant from which a fact dated d, cited at ref,
// counts. The zero time means the date cannot be read: the fact always
// counts, as a view without a date would show it.
func (ds *Dataset) Since(d Date, ref Ref) time.Time {
	if d.IsUndated() {
		return ds.sourceDate(ref).Start()
	}
	start, end, err := d.Span()
	if err != nil {
		return time.Time{}
	}
	last := end.AddDate(0, 0, -1)
	switch d.Qualifier {
	case By:
		return last
	case Before:
		return start.AddDate(0, 0, -1)
	case After:
		return end
	}
	if d.Precision == Year { // the source is looked up only here: redraws call Since per relation
		// A source dated to the day or month says when that year's fact was
		// known; one dated only to the year would put it on 1 January.
		if sd := ds.sourceDate(ref); sd.Precision == Day || sd.Precision == Month {
			if s := sd.Start(); !s.IsZero() && s.Year() == start.Year() {
				return s
			}
		}
		return last
	}
	return start
}

// sinceReported is Since, except that an undated fact the record says
// was made known on a day (Reported) counts from that day.
func (ds *Dataset) sinceReported(d Date, reported *Date, ref Ref) time.Time {
	if d.IsUndated() && reported != nil && !reported.IsUndated() {
		return ds.Since(*reported, ref)
	}
	return ds.Since(d, ref)
}

// sourceDate is the date of the source ref cites, or an undated date.
func (ds *Dataset) sourceDate(ref Ref) Date {
	for i := range ds.Sources {
		if ds.Sources[i].ID == ref.Doc {
			return ds.Sources[i].Date
		}
	}
	return Date{Precision: Undated}
}

// counts reports whether a fact counting from since shows as of t.
func counts(since, t time.Time) bool { return t.IsZero() || !since.After(t) }

// RelationSince is the first instant from which r counts (its start in the
// interchange files).
func (ds *Dataset) RelationSince(r *Relation) time.Time {
	return ds.sinceReported(r.Date, r.Reported, r.Source)
}

// InForce reports whether r holds at t: it has begun by the rule above and
// has not ended (no until, or t is before the end of the until date).
func (ds *Dataset) InForce(r *Relation, t time.Time) bool {
	if t.IsZero() {
		return true
	}
	if !counts(ds.RelationSince(r), t) {
		return false
	}
	return r.Until == nil || r.Until.IsUndated() || t.Before(UntilEnd(*r.Until))
}

// UntilEnd is when a relation that holds until u has ended: the end of u,
// or its start when it ended before u.
func UntilEnd(u Date) time.Time {
	if u.Qualifier == Before {
		return u.Start()
	}
	return u.End()
}

// EventSince is the first instant from which e counts (the timeline puts
// an undated event there, and the replay steps on it).
func (ds *Dataset) EventSince(e *Event) time.Time {
	return ds.sinceReported(e.Date, e.Reported, e.Source)
}

// EventBegun reports whether e has begun by t.
func (ds *Dataset) EventBegun(e *Event, t time.Time) bool {
	return counts(ds.EventSince(e), t)
}

// PointKnown reports whether figure p is known at t: a figure that names
// its deal is known while the deal has begun; any other by its own date
// (none is undated).
func (ds *Dataset) PointKnown(p *Point, t time.Time) bool {
	if t.IsZero() {
		return true
	}
	if p.Relation != "" {
		for i := range ds.Relations {
			if r := &ds.Relations[i]; r.ID == p.Relation {
				return counts(ds.RelationSince(r), t)
			}
		}
	}
	d := Date{Precision: Undated}
	if p.Date != nil {
		d = *p.Date
	}
	return counts(ds.Since(d, p.Source), t)
}

// StatementMade reports whether s had been said by t.
func (ds *Dataset) StatementMade(s *Statement, t time.Time) bool {
	return counts(ds.Since(s.Date, s.Source), t)
}

// CampAsOf reports whether camp c has formed by t. An undated camp counts
// from its source's date, except a forecast camp: without the date it is
// forecast for, it shows only at the zero t (the whole story, forecasts
// included).
func (ds *Dataset) CampAsOf(c *Camp, t time.Time) bool {
	if t.IsZero() {
		return true
	}
	if c.Formed == nil {
		if c.Status == Forecast {
			return false
		}
		return counts(ds.Since(Date{Precision: Undated}, c.Source), t)
	}
	return counts(ds.Since(*c.Formed, c.Source), t)
}

// MemberAsOf reports whether m is a member of camp c at t: the camp has
// formed and m has joined (a member without a date joins with the camp).
func (ds *Dataset) MemberAsOf(c *Camp, m *Member, t time.Time) bool {
	if !ds.CampAsOf(c, t) {
		return false
	}
	return m.Joined == nil || counts(ds.Since(*m.Joined, c.Source), t)
}

// RelationsAsOf lists the relations of ds in force at t, in file order; the
// zero t lists them all.
func RelationsAsOf(ds *Dataset, t time.Time) []*Relation {
	return pick(ds.Relations, func(r *Relation) bool { return ds.InForce(r, t) })
}

// EventsUntil lists the events of ds that have begun by t, in file order;
// the zero t lists them all.
func EventsUntil(ds *Dataset, t time.Time) []*Event {
	return pick(ds.Events, func(e *Event) bool { return ds.EventBegun(e, t) })
}

// PointsAsOf lists the points of s known at t; the zero t lists them all.
func PointsAsOf(ds *Dataset, s *Series, t time.Time) []*Point {
	if s == nil {
		return nil
	}
	return pick(s.Points, func(p *Point) bool { return ds.PointKnown(p, t) })
}

// StatementsOf lists the statements whose speaker is of the company, in
// file order.
func (ds *Dataset) StatementsOf(companyID string) []*Statement {
	return pick(ds.Statements, func(s *Statement) bool { return s.Speaker.Company == companyID })
}

// pick lists pointers to the items of xs that keep accepts, in order.
func pick[T any](xs []T, keep func(*T) bool) []*T {
	var out []*T
	for i := range xs {
		if keep(&xs[i]) {
			out = append(out, &xs[i])
		}
	}
	return out
}
