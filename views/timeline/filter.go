package timeline

import (
	"strings"

	"github.com/aicamps/aicamps/data"
)

// Query selects events. Empty fields match everything.
type Query struct {
	Text    string      // in title or text (either language) or a party's name
	Company string      // company ID among the parties
	Type    string      // event type
	Status  data.Status // event status
}

// Empty reports whether the query matches everything.
func (q Query) Empty() bool { return q == Query{} }

// Filter returns the events of ds that match q, in dataset order.
func Filter(ds *data.Dataset, q Query) []data.Event {
	if ds == nil {
		return nil
	}
	names := map[string]data.Text{}
	for _, c := range ds.Companies {
		names[c.ID] = c.Name
	}
	needle := strings.ToLower(strings.TrimSpace(q.Text))
	var out []data.Event
	for _, e := range ds.Events {
		if q.Type != "" && e.Type != q.Type || q.Status != "" && e.Status != q.Status {
			continue
		}
		if q.Company != "" && !hasParty(e, q.Company) {
			continue
		}
		if needle != "" && !matchText(e, names, needle) {
			continue
		}
		out = append(out, e)
	}
	return out
}

func hasParty(e data.Event, id string) bool {
	for _, p := range e.Parties {
		if p == id {
			return true
		}
	}
	return false
}

func matchText(e data.Event, names map[string]data.Text, needle string) bool {
	hay := []string{e.Title.Zh, e.Title.En, e.Text.Zh, e.Text.En}
	for _, p := range e.Parties {
		hay = append(hay, names[p].Zh, names[p].En, p)
	}
	for _, h := range hay {
		if strings.Contains(strings.ToLower(h), needle) {
			return true
		}
	}
	return false
}
