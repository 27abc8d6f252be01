package data

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/aicamps/aicamps/assets"
)

// generate builds a valid camps file with n companies and, in proportion,
// camps, relations, events and figures, for benchmarks.
func generate(n int) []byte {
	ref := Ref{Doc: "article", Section: "s1", Paragraph: 3}
	ds := Dataset{
		Version: 1,
		Title:   Text{Zh: "生成", En: "generated"},
		Sources: []Source{{ID: "article", Title: Text{En: "Article"}, Date: Date{Value: "2025-11-20", Precision: Day}, Language: "zh",
			Sections: []Section{{ID: "s1", Title: Text{En: "One"}, Line: 1}, {ID: "s2", Title: Text{En: "Two"}, Line: 20}}}},
		Eras: []Era{{ID: "era", Name: Text{En: "Era"}, Start: Date{Value: "2023", Precision: Year}, End: Date{Value: "2026-03", Precision: Month}, Source: ref}},
	}
	id := func(i int) string { return fmt.Sprintf("company-%d", i) }
	for i := 0; i < n; i++ {
		ds.Companies = append(ds.Companies, Company{ID: id(i), Name: Text{Zh: fmt.Sprintf("公司%d", i), En: fmt.Sprintf("Company %d", i)},
			Kind: KindModelLab, Country: "US", Note: Text{En: "A company of the benchmark."}, Status: Reported, Source: ref})
	}
	for c := 0; c < n/10; c++ {
		camp := Camp{ID: fmt.Sprintf("camp-%d", c), Name: Text{En: "Camp"}, Color: "#336699", Status: Reported, Source: ref}
		for j := 0; j < 10; j++ {
			camp.Members = append(camp.Members, Member{Company: id(c*10 + j), Role: Text{En: "member"}})
		}
		ds.Camps = append(ds.Camps, camp)
	}
	for i := 0; i < 2*n; i++ {
		v := float64(i) * 1e6
		ds.Relations = append(ds.Relations, Relation{ID: fmt.Sprintf("rel-%d", i), From: id(i % n), To: id((i*7 + 1) % n), Directed: true,
			Type: Investment, ValueUSD: &v, Date: Date{Value: fmt.Sprintf("2025-%02d-%02d", i%12+1, i%28+1), Precision: Day},
			Title: Text{En: "Deal"}, Description: Text{En: "A deal"}, Status: Reported, Source: ref})
	}
	for i := 0; i < n/2; i++ {
		ds.Events = append(ds.Events, Event{ID: fmt.Sprintf("ev-%d", i), Date: Date{Value: fmt.Sprintf("2025-%02d", i%12+1), Precision: Month}, Type: "deal",
			Title: Text{En: "Event"}, Parties: []string{id(i), id((i + 1) % n)}, Relations: []string{fmt.Sprintf("rel-%d", i)}, Era: "era", Status: Reported, Source: ref})
	}
	s := Series{ID: "share", Title: Text{En: "Share"}, Unit: UnitPercent}
	for i := 0; i < n; i++ {
		s.Points = append(s.Points, Point{Label: Text{En: id(i)}, Value: 1, Group: &Text{En: fmt.Sprintf("g%d", i/50)}, Company: id(i), Status: Estimate, Source: ref})
	}
	ds.Series = append(ds.Series, s)
	ds.Charts = []Chart{{ID: "deals", Kind: ChartDealValues, Title: Text{En: "Deals"}}, {ID: "share", Kind: ChartShare, Title: Text{En: "Share"}, Series: []string{"share"}}}
	b, err := json.MarshalIndent(ds, "", "  ")
	if err != nil {
		panic(err)
	}
	return b
}

func TestGenerated(t *testing.T) {
	if _, err := Load("gen.json", generate(100)); err != nil {
		t.Fatal(err)
	}
}

func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(assets.CampsJSON)))
	for b.Loop() {
		if _, err := Bundled(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadChecked is the bundled file through Load, syntax and schema
// included, as opening a file of that size costs (start-up skips both).
func BenchmarkLoadChecked(b *testing.B) {
	b.SetBytes(int64(len(assets.CampsJSON)))
	for b.Loop() {
		if _, err := Load("camps.json", assets.CampsJSON); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadLarge(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		data := generate(n)
		b.Run(fmt.Sprintf("companies=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Load("gen.json", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLoadErrors measures a large file whose every relation points to
// a misspelt company: the cap, suggestions and positions at work.
func BenchmarkLoadErrors(b *testing.B) {
	ds := generate(10000)
	var d Dataset
	if err := json.Unmarshal(ds, &d); err != nil {
		b.Fatal(err)
	}
	for i := range d.Relations {
		d.Relations[i].To += "x"
	}
	data, _ := json.Marshal(d)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Load("gen.json", data); err == nil {
			b.Fatal("no error")
		}
	}
}

// BenchmarkRelationsAsOf: the as-of rule over a generated dataset, as a
// network redraw with a date asks it of every relation.
func BenchmarkRelationsAsOf(b *testing.B) {
	ds, err := Load("gen.json", generate(3000))
	if err != nil {
		b.Fatal(err)
	}
	at := time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	for range b.N {
		RelationsAsOf(ds, at)
	}
}
