package data

import "testing"

// Every relation type and status has a name in both languages.
func TestNames(t *testing.T) {
	for _, typ := range RelationTypes {
		if en, zh := TypeName(typ, "en"), TypeName(typ, "zh"); en == typ || zh == typ || en == zh {
			t.Errorf("relation type %q: en %q, zh %q", typ, en, zh)
		}
	}
	for _, s := range Statuses {
		if en, zh := s.Name("en"), s.Name("zh"); en != string(s) || zh == en {
			t.Errorf("status %q: en %q, zh %q", s, en, zh)
		}
	}
	if TypeName("merger", "zh") != "merger" || Status("odd").Name("zh") != "odd" {
		t.Error("an unknown type or status is not its own name")
	}
}
