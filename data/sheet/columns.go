// Package sheet reads and writes camps data as an XLSX workbook. A workbook
// is another spelling of the JSON document data.Load reads: each sheet holds
// one array of it, each column one JSON field (name.zh, source.section), and
// the reader builds that document and runs data.Load on it, so the schema
// stays the single definition of the model. Errors come back at their cell.
package sheet

import (
	"encoding/json"
	"reflect"
	"strings"

	"github.com/aicamps/aicamps/assets"
	"github.com/aicamps/aicamps/data"
)

// kind is how a column's cells map to JSON.
type kind int

const (
	kText   kind = iota // a string
	kNumber             // a JSON number (float64 in Go)
	kInt                // a whole number
	kBool               // true or false
	kDate               // a data.Date, one cell: 2025-11-03, 2025-11, 2025, "by 2026", "undated"
	kList               // an array of strings, "a; b; c"
	kJSON               // anything else (an array of objects): the JSON text itself
)

// column is one column of a sheet: its header and where its value goes in
// the record's JSON object.
type column struct {
	name string   // the header: "name.zh", "source.section", "date"
	path []string // JSON keys from the record: {"name", "zh"}
	kind kind
	// opt is the pointer or struct above the leaf that holds it, when that
	// is optional (a *Text, a *Date): absent when all its cells are empty.
	opt  string
	enum []string // the values the schema allows, for the drop-down list
}

// spec describes one data sheet.
type spec struct {
	name  string // sheet name
	array string // top-level JSON array it holds
	def   string // schema $def of the array's items, for the enums
	// child, when set, is a nested array of each item: the sheet then has
	// one row per child, the parent's columns first (repeated or, with
	// parentKey, replaced by one column naming the parent).
	child, childDef string
	childPrefix     string // prefix of the child's columns ("section.")
	parentKey       string // "camp": the Members sheet names its camp only
	skip            string // a field shown on another sheet (camps' members)
	elem            reflect.Type
}

// The data sheets, in workbook order.
var specs = []*spec{
	{name: "Sources", array: "sources", def: "source", child: "sections", childDef: "section", childPrefix: "section."},
	{name: "Companies", array: "companies", def: "company"},
	{name: "Camps", array: "camps", def: "camp", skip: "members"},
	{name: "Members", array: "camps", def: "camp", child: "members", childDef: "member", parentKey: "camp"},
	{name: "Relations", array: "relations", def: "relation"},
	{name: "Events", array: "events", def: "event"},
	{name: "Statements", array: "statements", def: "statement"},
	{name: "Eras", array: "eras", def: "era"},
	{name: "Series", array: "series", def: "series", child: "points", childDef: "point"},
	{name: "Charts", array: "charts", def: "chart"},
}

// datasetSheet holds the top-level fields that are no array (version, title).
const datasetSheet = "Dataset"

// layout is a sheet's columns: the parent's, then the child's.
type layout struct {
	*spec
	pcols, ccols []column // the parent's columns, then the child's
}

func (l *layout) all() []column { return append(append([]column{}, l.pcols...), l.ccols...) }

var (
	enums   = schemaEnums() // $def → property → allowed values
	layouts = buildLayouts()
)

// buildLayouts derives every sheet's columns from data.Dataset's JSON tags
// and the schema's enums, so that a field added to the model gets a column.
func buildLayouts() []*layout {
	dt := reflect.TypeOf(data.Dataset{})
	var out []*layout
	for _, s := range specs {
		f, ok := fieldByJSON(dt, s.array)
		if !ok {
			panic("sheet: data.Dataset has no field " + s.array)
		}
		s.elem = f.Type.Elem()
		l := &layout{spec: s}
		if s.parentKey != "" {
			l.pcols = []column{{name: s.parentKey, path: []string{"id"}, kind: kText}}
		} else {
			l.pcols = columnsOf(s.elem, nil, "", "", enums[s.def], s.skip, s.child)
		}
		if s.child != "" {
			cf, _ := fieldByJSON(s.elem, s.child)
			l.ccols = columnsOf(cf.Type.Elem(), nil, s.childPrefix, "", enums[s.childDef], "", "")
			taken := map[string]bool{}
			for _, c := range l.pcols {
				taken[c.name] = true
			}
			for i, c := range l.ccols {
				if taken[c.name] { // a parent field of the same name: tell them apart
					l.ccols[i].name = strings.TrimSuffix(s.child, "s") + "." + c.name
				}
			}
		}
		out = append(out, l)
	}
	return out
}

// datasetColumns are the Dataset sheet's fields: the top level minus arrays.
func datasetColumns() []column {
	var out []column
	for _, c := range columnsOf(reflect.TypeOf(data.Dataset{}), nil, "", "", nil, "", "") {
		if c.kind != kJSON {
			out = append(out, c)
		}
	}
	return out
}

var dateType = reflect.TypeOf(data.Date{})

// columnsOf lists the columns of a struct type t, at JSON path at.
func columnsOf(t reflect.Type, at []string, prefix, opt string, enums map[string][]string, skip, child string) []column {
	var out []column
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key, _, ok := jsonName(f)
		if !ok || len(at) == 0 && (key == skip || key == child) {
			continue
		}
		path := append(append([]string{}, at...), key)
		name := prefix + strings.Join(path, ".")
		ft := f.Type
		fopt := opt
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
			if fopt == "" {
				fopt = strings.Join(path, ".")
			}
		}
		c := column{name: name, path: path, opt: fopt}
		if len(at) == 0 {
			c.enum = enums[key]
		}
		switch {
		case ft == dateType:
			c.kind = kDate
		case ft.Kind() == reflect.Struct:
			out = append(out, columnsOf(ft, path, prefix, fopt, nil, "", "")...)
			continue
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.String:
			c.kind = kList
		case ft.Kind() == reflect.String:
			c.kind = kText
		case ft.Kind() == reflect.Bool:
			c.kind = kBool
		case ft.Kind() == reflect.Float64 || ft.Kind() == reflect.Float32:
			c.kind = kNumber
		case ft.Kind() >= reflect.Int && ft.Kind() <= reflect.Uint64:
			c.kind = kInt
		default:
			c.kind = kJSON
		}
		out = append(out, c)
	}
	return out
}

// jsonName is a field's JSON key and whether it has omitempty.
func jsonName(f reflect.StructField) (string, bool, bool) {
	if !f.IsExported() {
		return "", false, false
	}
	tag := f.Tag.Get("json")
	if tag == "-" {
		return "", false, false
	}
	name, opts, _ := strings.Cut(tag, ",")
	if name == "" {
		name = f.Name
	}
	return name, strings.Contains(opts, "omitempty"), true
}

func fieldByJSON(t reflect.Type, key string) (reflect.StructField, bool) {
	for i := 0; i < t.NumField(); i++ {
		if k, _, ok := jsonName(t.Field(i)); ok && k == key {
			return t.Field(i), true
		}
	}
	return reflect.StructField{}, false
}

// schemaEnums reads, for each $def of the schema, the allowed values of its
// properties (directly or through a $ref to an enum such as status).
func schemaEnums() map[string]map[string][]string {
	type prop struct {
		Enum []string `json:"enum"`
		Ref  string   `json:"$ref"`
	}
	var s struct {
		Defs map[string]struct {
			Enum       []string        `json:"enum"`
			Properties map[string]prop `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(assets.SchemaJSON, &s); err != nil {
		panic("sheet: schema.json: " + err.Error())
	}
	out := map[string]map[string][]string{}
	for name, d := range s.Defs {
		m := map[string][]string{}
		for p, v := range d.Properties {
			switch {
			case len(v.Enum) > 0:
				m[p] = v.Enum
			case strings.HasPrefix(v.Ref, "#/$defs/"):
				m[p] = s.Defs[strings.TrimPrefix(v.Ref, "#/$defs/")].Enum
			}
		}
		out[name] = m
	}
	return out
}
