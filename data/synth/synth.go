// Package synth makes valid synthetic camps datasets of any size, for
// benchmarks and tests. The same arguments always give the same dataset.
package synth

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/aicamps/aicamps/data"
)

// campColors are distinct, saturated hues that read on light and dark.
var campColors = []string{"#2F6FDE", "#D9480F", "#2B8A3E", "#AE3EC9", "#E8590C", "#1098AD", "#C2255C", "#5C940D", "#7048E8", "#B08900", "#0B7285", "#862E9C"}

var kinds = []string{data.KindModelLab, data.KindCloud, data.KindChipMaker, data.KindBigTech, data.KindInvestor, data.KindOther}

// Dataset returns a dataset with the given numbers of companies, relations
// and events. About one company in eight leads a camp; most companies belong
// to one camp, a few to two, some to none; the last camp is a forecast.
// Relations cover every type, mostly within camps, with values, dates
// (2023–2026), some ended, and every status. Counts below the minimum of
// two companies are raised to it.
func Dataset(companies, relations, events int, seed int64) *data.Dataset {
	g := &gen{
		rnd: rand.New(rand.NewPCG(uint64(seed), 0x5eed)),
		ds: &data.Dataset{
			Version: 1,
			Title:   data.Text{Zh: "合成数据", En: "Synthetic data"},
		},
		companies: max(companies, 2),
	}
	g.source()
	g.addCompanies()
	g.addCamps()
	for i := range max(relations, 0) {
		g.addRelation(i)
	}
	for i := range max(events, 0) {
		g.addEvent(i)
	}
	return g.ds
}

// gen is one run of Dataset; every random draw comes from rnd, in order.
type gen struct {
	rnd       *rand.Rand
	ds        *data.Dataset
	companies int
	campOf    []int   // each company's camp, -1 for none
	members   [][]int // each camp's companies (the first camp of each)
}

const doc, nSec = "synth", 8

func (g *gen) source() {
	src := data.Source{ID: doc, Title: data.Text{Zh: "合成来源", En: "Synthetic source"}, Outlet: "synth",
		Date: data.Date{Value: "2025-11-10", Precision: data.Day}, Language: "en"}
	for i := range nSec {
		src.Sections = append(src.Sections, data.Section{ID: fmt.Sprintf("s%d", i+1),
			Title: data.Text{Zh: fmt.Sprintf("第%d节", i+1), En: fmt.Sprintf("Section %d", i+1)}, Line: 1 + i*10})
	}
	g.ds.Sources = []data.Source{src}
}

func (g *gen) ref() data.Ref {
	return data.Ref{Doc: doc, Section: fmt.Sprintf("s%d", 1+g.rnd.IntN(nSec)), Paragraph: 1 + g.rnd.IntN(9)}
}

func (g *gen) status() data.Status {
	// Mostly reported, as in the real source.
	switch p := g.rnd.Float64(); {
	case p < 0.6:
		return data.Reported
	case p < 0.7:
		return data.Rumoured
	case p < 0.8:
		return data.Claimed
	case p < 0.9:
		return data.Estimate
	default:
		return data.Forecast
	}
}

func (g *gen) addCompanies() {
	for i := range g.companies {
		g.ds.Companies = append(g.ds.Companies, data.Company{
			ID:      fmt.Sprintf("c%d", i+1),
			Name:    data.Text{Zh: fmt.Sprintf("公司%d", i+1), En: fmt.Sprintf("Company %d", i+1)},
			Kind:    kinds[g.rnd.IntN(len(kinds))],
			Country: []string{"US", "CN", "GB", "FR", "JP"}[g.rnd.IntN(5)],
			Status:  data.Reported,
			Source:  g.ref(),
		})
	}
}

func (g *gen) addCamps() {
	ds, rnd, companies := g.ds, g.rnd, g.companies
	nCamps := min(max(2, companies/8), 12)
	campOf := make([]int, companies) // -1: no camp
	for i := range ds.Companies {
		switch {
		case i < nCamps:
			campOf[i] = i // the first companies lead the camps
		case rnd.Float64() < 0.15:
			campOf[i] = -1
		default:
			campOf[i] = rnd.IntN(nCamps)
		}
	}
	for c := range nCamps {
		camp := data.Camp{
			ID:          fmt.Sprintf("camp%d", c+1),
			Name:        data.Text{Zh: fmt.Sprintf("阵营%d", c+1), En: fmt.Sprintf("Camp %d", c+1)},
			Description: data.Text{Zh: "合成阵营", En: "A synthetic camp"},
			Color:       campColors[c%len(campColors)],
			Status:      data.Reported,
			Source:      g.ref(),
		}
		if c == nCamps-1 && nCamps > 2 {
			camp.Status = data.Forecast
		}
		for i, ci := range campOf {
			if ci == c {
				camp.Members = append(camp.Members, data.Member{Company: ds.Companies[i].ID, Role: data.Text{Zh: "成员", En: "member"}})
			}
		}
		ds.Camps = append(ds.Camps, camp)
	}
	// A few companies sit in two camps.
	for i := nCamps; i < companies; i += 11 {
		if campOf[i] >= 0 {
			other := (campOf[i] + 1) % nCamps
			ds.Camps[other].Members = append(ds.Camps[other].Members, data.Member{Company: ds.Companies[i].ID, Role: data.Text{Zh: "合作方", En: "partner"}})
		}
	}
	g.campOf = campOf
	g.members = make([][]int, nCamps)
	for i, c := range campOf {
		if c >= 0 {
			g.members[c] = append(g.members[c], i)
		}
	}
}

// pick is two different companies; two in three relations stay within a
// camp, as alliances do.
func (g *gen) pick() (int, int) {
	rnd := g.rnd
	if rnd.Float64() < 0.66 {
		m := g.members[rnd.IntN(len(g.members))]
		if len(m) >= 2 {
			a := m[rnd.IntN(len(m))]
			b := m[rnd.IntN(len(m))]
			if a != b {
				return a, b
			}
		}
	}
	for {
		a, b := rnd.IntN(g.companies), rnd.IntN(g.companies)
		if a != b {
			return a, b
		}
	}
}

func (g *gen) addRelation(i int) {
	ds, rnd := g.ds, g.rnd
	a, b := g.pick()
	typ := data.RelationTypes[i%len(data.RelationTypes)]
	start := month(rnd.IntN(42)) // Jan 2023 .. Jun 2026
	r := data.Relation{
		ID:       fmt.Sprintf("r%d", i+1),
		From:     ds.Companies[a].ID,
		To:       ds.Companies[b].ID,
		Directed: typ == data.Investment || typ == data.Compute || typ == data.ChipSupply || typ == data.Exclusive,
		Type:     typ,
		Date:     data.Date{Value: start, Precision: data.Month},
		Title:    data.Text{Zh: fmt.Sprintf("关系%d", i+1), En: fmt.Sprintf("Relation %d", i+1)},
		Status:   g.status(),
		Source:   g.ref(),
	}
	if typ != data.Rivalry && typ != data.Rupture && rnd.Float64() < 0.8 {
		v := math.Round(math.Pow(10, 8+rnd.Float64()*3.5)/1e7) * 1e7 // $100M .. $300B
		r.ValueUSD = &v
	}
	if typ == data.Compute && rnd.Float64() < 0.4 {
		r.Capacity = []data.Quantity{{Amount: float64(1 + rnd.IntN(10)), Unit: "GW"}}
	}
	if rnd.Float64() < 0.1 {
		until := data.Date{Value: month(min(41, 6+rnd.IntN(36))), Precision: data.Month}
		if until.Start().After(r.Date.Start()) {
			r.Until = &until
		}
	}
	ds.Relations = append(ds.Relations, r)
}

func (g *gen) addEvent(i int) {
	ds, rnd := g.ds, g.rnd
	a, b := g.pick()
	e := data.Event{
		ID:      fmt.Sprintf("e%d", i+1),
		Date:    data.Date{Value: fmt.Sprintf("%s-%02d", month(rnd.IntN(42)), 1+rnd.IntN(28)), Precision: data.Day},
		Type:    data.EventTypes[i%len(data.EventTypes)],
		Title:   data.Text{Zh: fmt.Sprintf("事件%d", i+1), En: fmt.Sprintf("Event %d", i+1)},
		Text:    data.Text{Zh: "合成事件。", En: "A synthetic event."},
		Parties: []string{ds.Companies[a].ID, ds.Companies[b].ID},
		Status:  g.status(),
		Source:  g.ref(),
	}
	if len(ds.Relations) > 0 {
		e.Relations = []string{ds.Relations[rnd.IntN(len(ds.Relations))].ID}
	}
	ds.Events = append(ds.Events, e)
}

// month is "YYYY-MM" for the i-th month from January 2023.
func month(i int) string { return fmt.Sprintf("%d-%02d", 2023+i/12, 1+i%12) }
