package synth

import (
	"reflect"
	"testing"

	"github.com/aicamps/aicamps/data"
)

func TestDataset(t *testing.T) {
	for _, tc := range []struct{ companies, relations, events int }{
		{20, 25, 10}, {1000, 3000, 200}, {0, 0, 0}, {2, 1, 1},
	} {
		ds := Dataset(tc.companies, tc.relations, tc.events, 7)
		if want := max(tc.companies, 2); len(ds.Companies) != want {
			t.Errorf("%v: %d companies, want %d", tc, len(ds.Companies), want)
		}
		if len(ds.Relations) != tc.relations || len(ds.Events) != tc.events {
			t.Errorf("%v: %d relations, %d events", tc, len(ds.Relations), len(ds.Events))
		}
		ids := map[string]bool{}
		for _, c := range ds.Companies {
			ids[c.ID] = true
		}
		secs := map[string]bool{}
		for _, s := range ds.Sources[0].Sections {
			secs[s.ID] = true
		}
		types := map[string]bool{}
		for _, r := range ds.Relations {
			types[r.Type] = true
			if !ids[r.From] || !ids[r.To] || r.From == r.To {
				t.Fatalf("relation %s: bad ends %s -> %s", r.ID, r.From, r.To)
			}
			if _, _, err := r.Date.Span(); err != nil {
				t.Fatalf("relation %s: %v", r.ID, err)
			}
			if r.Until != nil && !r.Until.Start().After(r.Date.Start()) {
				t.Fatalf("relation %s ends before it starts", r.ID)
			}
			if !secs[r.Source.Section] {
				t.Fatalf("relation %s cites unknown section %q", r.ID, r.Source.Section)
			}
		}
		if tc.relations >= len(data.RelationTypes) && len(types) != len(data.RelationTypes) {
			t.Errorf("%v: only types %v", tc, types)
		}
		for _, c := range ds.Camps {
			for _, m := range c.Members {
				if !ids[m.Company] {
					t.Fatalf("camp %s: unknown member %s", c.ID, m.Company)
				}
			}
		}
		for _, e := range ds.Events {
			if _, _, err := e.Date.Span(); err != nil {
				t.Fatalf("event %s: %v", e.ID, err)
			}
			for _, p := range e.Parties {
				if !ids[p] {
					t.Fatalf("event %s: unknown party %s", e.ID, p)
				}
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, b := Dataset(50, 80, 20, 3), Dataset(50, 80, 20, 3)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different datasets")
	}
	if reflect.DeepEqual(a, Dataset(50, 80, 20, 4)) {
		t.Fatal("different seeds gave the same dataset")
	}
}
