package data

// Index answers the views' questions about a dataset in constant time. It
// is built once per loaded dataset and points into it: do not change the
// dataset while an Index is in use.
type Index struct {
	companies map[string]*Company
	camps     map[string]*Camp
	relations map[string]*Relation
	events    map[string]*Event
	eras      map[string]*Era
	series    map[string]*Series
	charts    map[string]*Chart

	campsOf     map[string][]*Camp
	relationsOf map[string][]*Relation
	eventsOf    map[string][]*Event
}

// Index builds an Index of ds (see NewIndex).
func (ds *Dataset) Index() *Index { return NewIndex(ds) }

// NewIndex maps every record of ds by id, and every company to its camps,
// relations and events, each list in file order. With duplicate ids (only
// possible in a dataset Load did not check) the first record wins.
func NewIndex(ds *Dataset) *Index {
	x := &Index{
		companies:   make(map[string]*Company, len(ds.Companies)),
		camps:       make(map[string]*Camp, len(ds.Camps)),
		relations:   make(map[string]*Relation, len(ds.Relations)),
		events:      make(map[string]*Event, len(ds.Events)),
		eras:        make(map[string]*Era, len(ds.Eras)),
		series:      make(map[string]*Series, len(ds.Series)),
		charts:      make(map[string]*Chart, len(ds.Charts)),
		campsOf:     map[string][]*Camp{},
		relationsOf: map[string][]*Relation{},
		eventsOf:    map[string][]*Event{},
	}
	for i := range ds.Companies {
		putFirst(x.companies, ds.Companies[i].ID, &ds.Companies[i])
	}
	for i := range ds.Camps {
		c := &ds.Camps[i]
		putFirst(x.camps, c.ID, c)
		seen := map[string]bool{}
		for _, m := range c.Members {
			if !seen[m.Company] {
				seen[m.Company] = true
				x.campsOf[m.Company] = append(x.campsOf[m.Company], c)
			}
		}
	}
	for i := range ds.Relations {
		r := &ds.Relations[i]
		putFirst(x.relations, r.ID, r)
		x.relationsOf[r.From] = append(x.relationsOf[r.From], r)
		if r.To != r.From {
			x.relationsOf[r.To] = append(x.relationsOf[r.To], r)
		}
	}
	for i := range ds.Events {
		e := &ds.Events[i]
		putFirst(x.events, e.ID, e)
		seen := map[string]bool{}
		for _, p := range e.Parties {
			if !seen[p] {
				seen[p] = true
				x.eventsOf[p] = append(x.eventsOf[p], e)
			}
		}
	}
	for i := range ds.Eras {
		putFirst(x.eras, ds.Eras[i].ID, &ds.Eras[i])
	}
	for i := range ds.Series {
		putFirst(x.series, ds.Series[i].ID, &ds.Series[i])
	}
	for i := range ds.Charts {
		putFirst(x.charts, ds.Charts[i].ID, &ds.Charts[i])
	}
	return x
}

func putFirst[T any](m map[string]*T, id string, v *T) {
	if _, ok := m[id]; !ok {
		m[id] = v
	}
}

// Company returns the company with id, or nil.
func (x *Index) Company(id string) *Company { return x.companies[id] }

// Camp returns the camp with id, or nil.
func (x *Index) Camp(id string) *Camp { return x.camps[id] }

// Relation returns the relation with id, or nil.
func (x *Index) Relation(id string) *Relation { return x.relations[id] }

// Event returns the event with id, or nil.
func (x *Index) Event(id string) *Event { return x.events[id] }

// Era returns the era with id, or nil.
func (x *Index) Era(id string) *Era { return x.eras[id] }

// Series returns the series with id, or nil.
func (x *Index) Series(id string) *Series { return x.series[id] }

// Chart returns the chart with id, or nil.
func (x *Index) Chart(id string) *Chart { return x.charts[id] }

// CampsOf lists the camps the company is a member of, in file order.
func (x *Index) CampsOf(companyID string) []*Camp { return x.campsOf[companyID] }

// RelationsOf lists the relations the company is either end of, in file order.
func (x *Index) RelationsOf(companyID string) []*Relation { return x.relationsOf[companyID] }

// EventsOf lists the events the company is a party to, in file order.
func (x *Index) EventsOf(companyID string) []*Event { return x.eventsOf[companyID] }
