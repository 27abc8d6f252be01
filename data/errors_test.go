package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/aicamps/aicamps/assets"
)

func TestErrorString(t *testing.T) {
	for _, tc := range []struct {
		e    Error
		want string
	}{
		{Error{"a.json", 3, 7, "relations[2].to", "unknown company"}, "a.json:3:7: relations[2].to: unknown company"},
		{Error{"a.json", 1, 1, "", "the file is empty"}, "a.json:1:1: the file is empty"},
		{Error{"a.json", 0, 0, "", "… and 3 more"}, "a.json: … and 3 more"},
	} {
		if got := tc.e.String(); got != tc.want {
			t.Errorf("%#v.String() = %q, want %q", tc.e, got, tc.want)
		}
	}
	es := Errors{{File: "a", Line: 1, Col: 2, Msg: "x"}, {File: "a", Line: 3, Col: 4, Path: "p", Msg: "y"}}
	if got := es.Error(); got != "a:1:2: x\na:3:4: p: y" {
		t.Errorf("Errors.Error() = %q", got)
	}
}

// sourceAt returns the text of file b from 1-based line and character column.
func sourceAt(b []byte, line, col int) string {
	lines := strings.Split(strings.TrimPrefix(string(b), "\ufeff"), "\n")
	if line < 1 || line > len(lines) {
		return ""
	}
	r := []rune(lines[line-1])
	if col-1 > len(r) {
		return ""
	}
	return string(r[col-1:])
}

// TestPositionsPointAtValue checks, for every error of the bad corpus that
// quotes a string it found, that its line:col is where that string stands.
func TestPositionsPointAtValue(t *testing.T) {
	quoted := regexp.MustCompile(`^(?:found|unknown [a-z]+|duplicate [a-z]+ id|field) ("(?:[^"\\]|\\.)*")`)
	files, _ := filepath.Glob("testdata/bad/*.json")
	checked := 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		_, err := Load(f, b)
		var es Errors
		if !errors.As(err, &es) {
			t.Fatalf("%s: %v", f, err)
		}
		for _, e := range es {
			m := quoted.FindStringSubmatch(e.Msg)
			if m == nil || e.Line == 0 {
				continue
			}
			if at := sourceAt(b, e.Line, e.Col); !strings.HasPrefix(at, m[1]) {
				t.Errorf("%s: error %q points at %.20q, want %s", f, e, at, m[1])
			}
			checked++
		}
	}
	if checked < 15 {
		t.Errorf("only %d positions checked", checked)
	}
}

// TestPositionsByHand pins a few positions counted by hand in an editor.
func TestPositionsByHand(t *testing.T) {
	for _, tc := range []struct {
		file      string
		line, col int
	}{
		// Line 20 holds 微软 before the bad byte: columns count characters.
		{"invalid-utf8.json", 20, 42},
		// The BOM is not a column.
		{"bom-unknown-ref.json", 33, 60},
		// The ] after the trailing comma.
		{"trailing-comma.json", 26, 140},
		// The second "kind" key, not its value.
		{"duplicate-key.json", 22, 78},
	} {
		_, err := LoadFile(filepath.Join("testdata/bad", tc.file))
		es, _ := err.(Errors)
		if len(es) == 0 || es[0].Line != tc.line || es[0].Col != tc.col {
			t.Errorf("%s: %v, want %d:%d", tc.file, err, tc.line, tc.col)
		}
	}
}

func TestLineEndings(t *testing.T) {
	b := []byte("{\r\n  \"version\": \"one\"\r\n}")
	_, err := Load("crlf.json", b)
	es, _ := err.(Errors)
	if len(es) != 2 || es[1].Path != "version" || es[1].Line != 2 || es[1].Col != 14 {
		t.Errorf("got %v, want the version error at 2:14", err)
	}
}

func TestErrorCap(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"version":1,"title":{},"sources":[],"companies":[],"camps":[],"relations":[],"events":[{"id":"e","date":{"value":"2025","precision":"year"},"type":"deal","title":{"en":"E"},"text":{},"status":"reported","source":{"doc":"d","section":"s","paragraph":1},"parties":[`)
	for i := 0; i < 200; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"p%d"`, i)
	}
	b.WriteString(`]}],"eras":[],"series":[],"charts":[]}`)
	_, err := Load("cap.json", []byte(b.String()))
	es, _ := err.(Errors)
	if len(es) != MaxErrors+1 {
		t.Fatalf("%d errors, want %d", len(es), MaxErrors+1)
	}
	// 200 unknown parties + the unknown doc = 201 problems.
	if last := es[len(es)-1]; last.Msg != fmt.Sprintf("… and %d more", 201-MaxErrors) || last.Line != 0 {
		t.Errorf("last error %v", last)
	}
}

func TestLoadFileTooLarge(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.json")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: no disk space used, but Stat sees 64 MiB + 1.
	if err := f.Truncate(MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = LoadFile(p)
	if es, ok := err.(Errors); !ok || len(es) != 1 || !strings.Contains(es[0].Msg, "at most 64 MiB") {
		t.Errorf("got %v, want one error about the size", err)
	}
}

func TestLoadFileMissing(t *testing.T) {
	if _, err := LoadFile(filepath.Join(t.TempDir(), "none.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("got %v, want not-exist", err)
	}
}

// TestSchemaMatchesModel checks the schema's enums against the model's
// lists, and its properties against the JSON names of the Go fields.
func TestSchemaMatchesModel(t *testing.T) {
	var s struct {
		Properties map[string]json.RawMessage
		Required   []string
		Defs       map[string]struct {
			Properties map[string]struct{ Enum []string }
			Required   []string
			Enum       []string
		} `json:"$defs"`
	}
	if err := json.Unmarshal(assets.SchemaJSON, &s); err != nil {
		t.Fatal(err)
	}
	kinds := []string{KindModelLab, KindCloud, KindChipMaker, KindBigTech, KindInvestor, KindAnalyst, KindGovernment, KindOther}
	statuses := make([]string, len(Statuses))
	for i, st := range Statuses {
		statuses[i] = string(st)
	}
	var qualifiers []string
	for _, q := range Qualifiers {
		qualifiers = append(qualifiers, string(q))
	}
	for _, tc := range []struct {
		name      string
		got, want []string
	}{
		{"status", s.Defs["status"].Enum, statuses},
		{"company kind", s.Defs["company"].Properties["kind"].Enum, kinds},
		{"relation type", s.Defs["relation"].Properties["type"].Enum, RelationTypes},
		{"event type", s.Defs["event"].Properties["type"].Enum, EventTypes},
		{"unit", s.Defs["series"].Properties["unit"].Enum, Units},
		{"chart kind", s.Defs["chart"].Properties["kind"].Enum, ChartKinds},
		{"precision", s.Defs["date"].Properties["precision"].Enum, []string{"day", "month", "year", "undated"}},
		{"qualifier", s.Defs["date"].Properties["qualifier"].Enum, qualifiers},
	} {
		g, w := slices.Sorted(slices.Values(tc.got)), slices.Sorted(slices.Values(tc.want))
		if !slices.Equal(g, w) {
			t.Errorf("%s: schema has %v, model %v", tc.name, g, w)
		}
	}
	for def, typ := range map[string]any{
		"source": Source{}, "section": Section{}, "ref": Ref{}, "company": Company{}, "camp": Camp{}, "member": Member{},
		"relation": Relation{}, "quantity": Quantity{}, "event": Event{}, "era": Era{}, "series": Series{}, "point": Point{},
		"chart": Chart{}, "date": Date{}, "text": Text{}, "statement": Statement{}, "speaker": Speaker{},
	} {
		var props []string
		for p := range s.Defs[def].Properties {
			props = append(props, p)
		}
		if g, w := slices.Sorted(slices.Values(props)), jsonNames(typ, false); !slices.Equal(g, w) {
			t.Errorf("$defs/%s has %v, the Go type %v", def, g, w)
		}
		if def == "text" {
			continue // either language may be left out
		}
		if g, w := slices.Sorted(slices.Values(s.Defs[def].Required)), jsonNames(typ, true); !slices.Equal(g, w) {
			t.Errorf("$defs/%s requires %v, the Go type has without omitempty %v", def, g, w)
		}
	}
	var top []string
	for p := range s.Properties {
		top = append(top, p)
	}
	if g, w := slices.Sorted(slices.Values(top)), jsonNames(Dataset{}, false); !slices.Equal(g, w) {
		t.Errorf("top level has %v, Dataset %v", g, w)
	}
	if g, w := slices.Sorted(slices.Values(s.Required)), jsonNames(Dataset{}, true); !slices.Equal(g, w) {
		t.Errorf("top level requires %v, Dataset has without omitempty %v", g, w)
	}
}

// jsonNames lists the JSON names of a struct's fields; with required, only
// those without omitempty.
func jsonNames(v any, required bool) []string {
	var names []string
	rt := reflect.TypeOf(v)
	for i := 0; i < rt.NumField(); i++ {
		name, opts, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ",")
		if required && strings.Contains(opts, "omitempty") {
			continue
		}
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// TestSchemaDescribesEveryProperty: editors show the descriptions as help.
func TestSchemaDescribesEveryProperty(t *testing.T) {
	var doc any
	if err := json.Unmarshal(assets.SchemaJSON, &doc); err != nil {
		t.Fatal(err)
	}
	n := 0
	var walk func(v any, path string)
	walk = func(v any, path string) {
		obj, ok := v.(map[string]any)
		if !ok {
			return
		}
		if props, ok := obj["properties"].(map[string]any); ok {
			for name, p := range props {
				d, _ := p.(map[string]any)["description"].(string)
				if d == "" {
					t.Errorf("%s/properties/%s has no description", path, name)
				}
				n++
			}
		}
		if obj["type"] == "object" && obj["additionalProperties"] != false {
			t.Errorf("%s allows additional properties", path)
		}
		for k, sub := range obj {
			walk(sub, path+"/"+k)
		}
	}
	walk(doc, "#")
	if n < 80 {
		t.Errorf("only %d properties", n)
	}
}
