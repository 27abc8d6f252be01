package sheet

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/synth"
)

func workbook(t testing.TB, ds *data.Dataset) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, ds); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func bundled(t testing.TB) *data.Dataset {
	t.Helper()
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// sameRecords fails for every record of want that got does not hold
// exactly, compared as the JSON the loader reads.
func sameRecords(t *testing.T, want, got *data.Dataset) {
	t.Helper()
	wv, gv := reflect.ValueOf(want).Elem(), reflect.ValueOf(got).Elem()
	for i := 0; i < wv.NumField(); i++ {
		name := wv.Type().Field(i).Name
		w, g := wv.Field(i), gv.Field(i)
		if w.Kind() != reflect.Slice {
			if a, b := js(w.Interface()), js(g.Interface()); a != b {
				t.Errorf("%s: got %s, want %s", name, b, a)
			}
			continue
		}
		if w.Len() != g.Len() {
			t.Errorf("%s: got %d records, want %d", name, g.Len(), w.Len())
			continue
		}
		for j := 0; j < w.Len(); j++ {
			if a, b := js(w.Index(j).Interface()), js(g.Index(j).Interface()); a != b {
				t.Errorf("%s[%d]:\n got %s\nwant %s", name, j, b, a)
			}
		}
	}
}

func js(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestRoundTripBundled(t *testing.T) {
	ds := bundled(t)
	got, warns, err := Load("camps.xlsx", workbook(t, ds))
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) > 0 {
		t.Errorf("warnings: %v", warns)
	}
	sameRecords(t, ds, got)
}

func TestRoundTripSynth(t *testing.T) {
	ds := synth.Dataset(60, 150, 80, 7)
	got, _, err := Load("synth.xlsx", workbook(t, ds))
	if err != nil {
		t.Fatal(err)
	}
	sameRecords(t, ds, got)
}
