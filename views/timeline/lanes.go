package timeline

import (
	"sort"
	"time"

	"github.com/aicamps/aicamps/data"
)

// Mode says how events are split into lanes.
type Mode string

const (
	ByCamp    Mode = "camp"    // one lane per camp, plus "other"
	ByCompany Mode = "company" // one lane per company that leads an event
)

// OtherLane is the ID of the lane for events whose parties are in no camp.
const OtherLane = "other"

// Lane is one horizontal band of events.
type Lane struct {
	ID    string // camp or company ID, or OtherLane
	Name  data.Text
	Color string // "#rrggbb", empty for neutral
}

// campOf maps each company to the first camp (in dataset order) listing it.
func campOf(ds *data.Dataset) map[string]*data.Camp {
	m := map[string]*data.Camp{}
	for i := range ds.Camps {
		for _, mem := range ds.Camps[i].Members {
			if _, ok := m[mem.Company]; !ok {
				m[mem.Company] = &ds.Camps[i]
			}
		}
	}
	return m
}

// EventCamp is the camp an event belongs to: the camp of its first party
// that is in a camp. The source names the acting company first ("OpenAI
// and AWS announce…"), so the first party in a camp is the side that moved.
// Nil when no party is in a camp.
func EventCamp(ds *data.Dataset, e *data.Event) *data.Camp {
	return eventCamp(campOf(ds), e)
}

func eventCamp(camps map[string]*data.Camp, e *data.Event) *data.Camp {
	for _, p := range e.Parties {
		if c := camps[p]; c != nil {
			return c
		}
	}
	return nil
}

// laneKey is the lane an event goes in under mode. By company, an event
// goes in its first party's lane (the actor), so it is drawn once.
func laneKey(camps map[string]*data.Camp, e *data.Event, mode Mode) string {
	return laneKeyFor(camps, e, mode, "")
}

// laneKeyFor is laneKey when the events are filtered by the company focus:
// an event of that company's goes in its lane (or its camp's), not its
// first party's, since that is the side the user asked about.
func laneKeyFor(camps map[string]*data.Camp, e *data.Event, mode Mode, focus string) string {
	if focus != "" && hasParty(*e, focus) {
		if mode == ByCompany {
			return focus
		}
		if c := camps[focus]; c != nil {
			return c.ID
		}
	}
	if mode == ByCompany {
		if len(e.Parties) > 0 {
			return e.Parties[0]
		}
		return OtherLane
	}
	if c := eventCamp(camps, e); c != nil {
		return c.ID
	}
	return OtherLane
}

// Lanes lists the lanes for events under mode, in a stable order: camps in
// dataset order then "other"; companies in order of their first event.
// Lanes without events are left out.
func Lanes(ds *data.Dataset, events []data.Event, mode Mode) []Lane {
	return lanesFor(ds, events, mode, "")
}

// lanesFor is Lanes with the events filtered by the company focus (laneKeyFor).
func lanesFor(ds *data.Dataset, events []data.Event, mode Mode, focus string) []Lane {
	camps := campOf(ds)
	used := map[string]time.Time{}
	for i := range events {
		k := laneFor(camps, &events[i], mode, focus)
		t := events[i].Date.Start()
		if old, ok := used[k]; !ok || t.Before(old) {
			used[k] = t
		}
	}
	other := Lane{ID: OtherLane, Name: data.Text{Zh: "其他", En: "Other"}}
	var lanes []Lane
	if mode == ByCompany {
		names := map[string]*data.Company{}
		for i := range ds.Companies {
			names[ds.Companies[i].ID] = &ds.Companies[i]
		}
		for id := range used {
			if id == OtherLane || id == UndatedLane || id == StatementLane {
				continue
			}
			l := Lane{ID: id, Name: data.Text{Zh: id, En: id}}
			if c := names[id]; c != nil {
				l.Name = c.Name
			}
			if c := camps[id]; c != nil {
				l.Color = c.Color
			}
			lanes = append(lanes, l)
		}
		sort.Slice(lanes, func(i, j int) bool {
			a, b := used[lanes[i].ID], used[lanes[j].ID]
			if !a.Equal(b) {
				return a.Before(b)
			}
			return lanes[i].ID < lanes[j].ID
		})
	} else {
		for _, c := range ds.Camps {
			if _, ok := used[c.ID]; ok {
				lanes = append(lanes, Lane{ID: c.ID, Name: c.Name, Color: c.Color})
			}
		}
	}
	if _, ok := used[OtherLane]; ok {
		lanes = append(lanes, other)
	}
	if _, ok := used[UndatedLane]; ok {
		lanes = append(lanes, Lane{ID: UndatedLane, Name: data.Text{Zh: "未注明日期(按来源日期)", En: "Undated (at the source's date)"}})
	}
	if _, ok := used[StatementLane]; ok {
		lanes = append(lanes, Lane{ID: StatementLane, Name: data.Text{Zh: "言论", En: "Statements"}})
	}
	return lanes
}

// Interval is a horizontal extent in pixels: a mark with its label.
type Interval struct{ X0, X1 float64 }

// Pack puts intervals into rows so that no two in a row are closer than
// gap: greedy by start, each in the first row where it fits. It returns each
// interval's row and the number of rows. Greedy by start is optimal for
// interval graphs: it uses as many rows as the deepest overlap.
func Pack(iv []Interval, gap float64) (rows []int, n int) {
	order := make([]int, len(iv))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return iv[order[a]].X0 < iv[order[b]].X0 })
	rows = make([]int, len(iv))
	var ends []float64 // right end of the last interval in each row
	for _, i := range order {
		placed := false
		for r, end := range ends {
			if iv[i].X0 >= end+gap {
				rows[i], ends[r], placed = r, iv[i].X1, true
				break
			}
		}
		if !placed {
			rows[i] = len(ends)
			ends = append(ends, iv[i].X1)
		}
	}
	return rows, len(ends)
}
