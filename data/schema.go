package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/aicamps/aicamps/assets"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// schemaURL is the schema's $id. It is never fetched: the bytes come from
// assets.SchemaJSON.
const schemaURL = "https://aicamps.example/schema/camps.json"

// compiledSchema is the schema, compiled on first use. Its document is kept
// to look up the fields an object allows (for "did you mean").
type compiledSchema struct {
	sch *jsonschema.Schema
	doc any
}

// schema compiles assets.SchemaJSON once; a broken schema is a bug of the
// build, reported as an error rather than a panic.
var schema = sync.OnceValues(func() (*compiledSchema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(assets.SchemaJSON))
	if err != nil {
		return nil, fmt.Errorf("bundled schema.json: %w", err)
	}
	if m, ok := doc.(map[string]any); ok {
		defs, _ := m["$defs"].(map[string]any)
		doc = inlineRefs(doc, defs, 0)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(schemaURL, doc); err != nil {
		return nil, fmt.Errorf("bundled schema.json: %w", err)
	}
	sch, err := c.Compile(schemaURL)
	if err != nil {
		return nil, fmt.Errorf("bundled schema.json: %w", err)
	}
	return &compiledSchema{sch: sch, doc: doc}, nil
})

// inlineRefs replaces each {"$ref": "#/$defs/x", …} by the definition
// merged with the keywords beside the $ref. schema.json stays readable with
// its $defs, and validation runs about 30% faster without a scope per $ref.
// $defs itself is kept, so a ref left in place (recursion) still resolves.
func inlineRefs(v any, defs map[string]any, nested int) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		ref, _ := x["$ref"].(string)
		name, isDef := strings.CutPrefix(ref, "#/$defs/")
		def, _ := defs[name].(map[string]any)
		inline := isDef && def != nil && nested < 8 // a recursive def stays a $ref
		if inline {
			for k, d := range inlineRefs(def, defs, nested+1).(map[string]any) {
				out[k] = d
			}
		}
		for k, sub := range x {
			switch {
			case k == "$ref" && inline:
			case k == "$defs":
				out[k] = sub
			default:
				out[k] = inlineRefs(sub, defs, nested)
			}
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i := range x {
			out[i] = inlineRefs(x[i], defs, nested)
		}
		return out
	}
	return v
}

// checkSchema validates doc and records one problem per failed keyword,
// each at the value it concerns. It marks the pointers it reported in
// c.skip, so that meaning checks do not report the same value twice.
func checkSchema(doc any, c *collector) error {
	cs, err := schema()
	if err != nil {
		return err
	}
	err = cs.sch.Validate(doc)
	if err == nil {
		return nil
	}
	verr, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return fmt.Errorf("schema validation: %w", err)
	}
	var leaves []*jsonschema.ValidationError
	var flatten func(e *jsonschema.ValidationError)
	flatten = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			leaves = append(leaves, e)
		}
		for _, k := range e.Causes {
			flatten(k)
		}
	}
	flatten(verr)
	if c.skip == nil {
		c.skip = map[string]bool{}
	}
	for _, e := range leaves {
		at := pointer(e.InstanceLocation)
		switch k := e.ErrorKind.(type) {
		case *kind.Required:
			q := make([]string, len(k.Missing))
			for i, m := range k.Missing {
				c.skip[at.add(m).String()] = true
				q[i] = strconv.Quote(m)
			}
			if len(q) == 1 {
				c.add(at, false, "missing required field "+q[0])
			} else {
				c.add(at, false, "missing required fields "+strings.Join(q, ", "))
			}
			continue
		case *kind.AdditionalProperties:
			allowed := cs.allowed(e.SchemaURL)
			for _, p := range k.Properties {
				c.skip[at.add(p).String()] = true
				msg := fmt.Sprintf("unknown field %q", p)
				if s := suggest(p, allowed); s != "" {
					msg += fmt.Sprintf(" (did you mean %q?)", s)
				} else if len(allowed) > 0 {
					msg += ", expected one of " + strings.Join(allowed, ", ")
				}
				c.add(at.add(p), true, msg)
			}
			continue
		}
		c.skip[at.String()] = true
		c.add(at, false, schemaMessage(e.ErrorKind, valueAt(doc, at)))
	}
	return nil
}

// schemaMessage says what was found and what was expected.
func schemaMessage(k jsonschema.ErrorKind, v any) string {
	switch k := k.(type) {
	case *kind.Type:
		return fmt.Sprintf("found %s, expected %s", describe(v), strings.Join(article(k.Want), " or "))
	case *kind.Enum:
		want := make([]string, len(k.Want))
		for i, w := range k.Want {
			want[i] = fmt.Sprint(w)
		}
		msg := fmt.Sprintf("found %s, expected one of %s", describe(v), strings.Join(want, ", "))
		if s, ok := v.(string); ok {
			if g := suggest(s, want); g != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", g)
			}
		}
		return msg
	case *kind.Pattern:
		if what, ok := patternName(k.Want); ok {
			return fmt.Sprintf("found %q, expected %s", k.Got, what)
		}
		return fmt.Sprintf("found %q, expected a string matching %s", k.Got, k.Want)
	case *kind.Minimum:
		return fmt.Sprintf("found %s, expected at least %s", describe(v), k.Want.RatString())
	case *kind.Maximum:
		return fmt.Sprintf("found %s, expected at most %s", describe(v), k.Want.RatString())
	case *kind.MinItems:
		return fmt.Sprintf("found %d items, expected at least %d", k.Got, k.Want)
	case *kind.MinLength:
		return fmt.Sprintf("found %s, expected at least %d characters", describe(v), k.Want)
	}
	return k.LocalizedString(message.NewPrinter(language.English))
}

// patternName explains the schema's patterns in words.
func patternName(p string) (string, bool) {
	switch p {
	case `^[a-z0-9][a-z0-9.-]*$`:
		return `an id of lowercase letters, digits, "." and "-", starting with a letter or digit`, true
	case `^#[0-9a-fA-F]{6}$`:
		return `a colour "#rrggbb"`, true
	case `^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`:
		return `a date YYYY-MM-DD, YYYY-MM or YYYY`, true
	case `^[A-Z]{2}$`:
		return `an ISO 3166-1 country code such as "US"`, true
	case `^[a-z]{2,3}(-[A-Za-z0-9]+)*$`:
		return `a language tag such as "zh"`, true
	}
	return "", false
}

func article(types []string) []string {
	out := make([]string, len(types))
	for i, t := range types {
		switch t {
		case "object", "array", "integer":
			out[i] = "an " + t
		case "null":
			out[i] = "null"
		default:
			out[i] = "a " + t
		}
		if t == "integer" {
			out[i] = "a whole number"
		}
	}
	return out
}

// describe names a decoded JSON value for a message: "string \"x\"",
// "number -5", "an object".
func describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case string:
		if v == "" {
			return "an empty string"
		}
		return fmt.Sprintf("string %q", v)
	case json.Number:
		return "number " + v.String()
	case bool:
		return fmt.Sprintf("%t", v)
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%v", v)
}

// valueAt follows pointer p in a decoded document.
func valueAt(doc any, p pointer) any {
	v := doc
	for _, t := range p {
		switch x := v.(type) {
		case map[string]any:
			v = x[t]
		case []any:
			i, err := strconv.Atoi(t)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

// allowed lists, sorted, the fields the schema at url (…#/$defs/company)
// allows.
func (cs *compiledSchema) allowed(url string) []string {
	_, frag, _ := strings.Cut(url, "#")
	v := valueAt(cs.doc, pointer(strings.Split(strings.TrimPrefix(frag, "/"), "/")))
	if frag == "" || frag == "/" {
		v = cs.doc
	}
	obj, _ := v.(map[string]any)
	props, _ := obj["properties"].(map[string]any)
	names := make([]string, 0, len(props))
	for k := range props {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}
