package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/aicamps/aicamps/assets"
)

// MaxFileSize is the largest camps file LoadFile reads (64 MiB); the
// bundled one is well under 1 MiB.
const MaxFileSize = 64 << 20

// jsonSpace is the white space JSON allows between tokens.
const jsonSpace = " \t\r\n"

// Load parses and checks a camps file: its bytes (UTF-8), its syntax, the
// schema (assets/data/schema.json) and its meaning (references, dates, sums).
// name is the file name used in messages. On failure the error is an Errors
// listing every problem found, each at the position of the offending value.
func Load(name string, b []byte) (*Dataset, error) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")) // editors on Windows add a BOM
	var c collector
	fail := func() error { return c.errors(name, b) }

	if len(bytes.Trim(b, jsonSpace)) == 0 {
		c.addAt(0, "", "the file is empty, expected a JSON object")
		return nil, fail()
	}
	if !utf8.Valid(b) {
		off := firstInvalidUTF8(b)
		c.addAt(off, "", fmt.Sprintf("found byte 0x%02x that is not UTF-8, expected the file to be UTF-8 text", b[off]))
		return nil, fail()
	}

	// Syntax, into generic values for the schema (numbers kept exact).
	doc, off, msg := parseGeneric(b)
	if msg != "" {
		c.addAt(off, "", msg)
		return nil, fail()
	}
	if _, ok := doc.(map[string]any); !ok {
		start := len(b) - len(bytes.TrimLeft(b, jsonSpace))
		c.addAt(start, "", fmt.Sprintf("found %s at the top level, expected an object {…}", describe(doc)))
		return nil, fail()
	}
	checkShape(b, &c)
	if c.any() {
		return nil, fail()
	}

	// The typed decode needs only the bytes: run it beside the schema check,
	// the slowest step, to use a second core on large files.
	var ds Dataset
	typed := make(chan error, 1)
	go func() { typed <- json.Unmarshal(b, &ds) }()
	schemaErr := checkSchema(doc, &c)
	doc = nil // the generic tree is no longer needed: let the GC have it
	typedErr := <-typed
	if schemaErr != nil {
		return nil, schemaErr
	}
	if typedErr != nil {
		// The schema accepts what Go cannot hold (1.0 or 1e20 for an int);
		// report that at its value unless the schema has spoken already.
		if !c.any() {
			var te *json.UnmarshalTypeError
			if errors.As(typedErr, &te) {
				path, start := pathAt(b, int(te.Offset)-1)
				c.addAt(start, path, fmt.Sprintf("found %s, expected %s", te.Value, goType(te.Type.Kind().String())))
			} else {
				c.addAt(0, "", typedErr.Error())
			}
		}
		return nil, fail()
	}
	checkMeaning(&ds, &c)
	if c.any() {
		return nil, fail()
	}
	return &ds, nil
}

// LoadFile reads and loads the file at path, refusing files over
// MaxFileSize before reading them whole.
func LoadFile(path string) (*Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > MaxFileSize {
		return nil, Errors{{File: path, Msg: fmt.Sprintf("the file is %d MiB, expected at most %d MiB", st.Size()>>20, MaxFileSize>>20)}}
	}
	// The size can change between Stat and Read (or Stat may not know it, as
	// for a pipe): read at most one byte too many to tell.
	b, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxFileSize {
		return nil, Errors{{File: path, Msg: fmt.Sprintf("the file is over %d MiB, expected at most %d MiB", MaxFileSize>>20, MaxFileSize>>20)}}
	}
	return Load(path, b)
}

// Bundled loads the dataset built into the binary. It skips the schema:
// compiling it cost ~11 ms of every start-up, and the bundled file passes
// Load in full in the tests (TestBundledPassesLoad), whose result must equal
// this one.
func Bundled() (*Dataset, error) {
	var ds Dataset
	if err := json.Unmarshal(assets.CampsJSON, &ds); err != nil {
		return nil, fmt.Errorf("camps.json: %w", err)
	}
	var c collector
	if checkMeaning(&ds, &c); c.any() {
		return nil, c.errors("camps.json", assets.CampsJSON)
	}
	return &ds, nil
}

// errors turns the collected problems into Errors in the order of the
// file, with positions and paths.
func (c *collector) errors(name string, b []byte) Errors {
	locate(b, c.probs)
	sort.SliceStable(c.probs, func(i, j int) bool {
		a, b := c.probs[i], c.probs[j]
		return a.off < b.off || a.off == b.off && a.msg < b.msg
	})
	pos := newPositioner(b)
	out := make(Errors, 0, len(c.probs)+1)
	for _, p := range c.probs {
		e := Error{File: name, Path: p.path, Msg: p.msg}
		if p.off >= 0 {
			e.Line, e.Col = pos.at(p.off)
		} else if len(p.at) > 0 {
			e.Path = readablePointer(p.at)
		}
		out = append(out, e)
	}
	if c.more > 0 {
		out = append(out, Error{File: name, Msg: fmt.Sprintf("… and %d more", c.more)})
	}
	return out
}

// readablePointer formats a pointer as a path, taking digit-only tokens as
// indices.
func readablePointer(p pointer) string {
	fs := make([]frame, len(p))
	for i, t := range p {
		if n, err := strconv.Atoi(t); err == nil && n >= 0 && strconv.Itoa(n) == t {
			fs[i].index, fs[i].inArr = n, true
		} else {
			fs[i].key = []byte(t)
		}
	}
	return readable(fs)
}

// firstInvalidUTF8 is the offset of the first byte that is not UTF-8.
func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return 0
}

// parseGeneric decodes b into the generic values the schema validator takes
// (map[string]any, []any, string, json.Number, bool, nil). On a syntax error,
// or content after the value, msg says what and off is the byte it is at.
func parseGeneric(b []byte) (doc any, off int, msg string) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		off, msg := syntaxError(b, err)
		return nil, off, msg
	}
	if end := dec.InputOffset(); len(bytes.Trim(b[end:], jsonSpace)) > 0 {
		rest := int(end) + (len(b[end:]) - len(bytes.TrimLeft(b[end:], jsonSpace)))
		return nil, rest, fmt.Sprintf("found %s after the top-level object, expected the end of the file", quoteRune(b[rest:]))
	}
	return doc, 0, ""
}

// syntaxError places an encoding/json error at the offending byte and says
// what was expected.
func syntaxError(b []byte, err error) (int, string) {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		off := int(se.Offset) - 1 // the offset counts the bad byte itself
		if off < 0 {
			off = 0
		}
		if off >= len(b) {
			return len(b), "the file ends too early, expected the rest of the JSON value (a missing } or ]?)"
		}
		msg := se.Error()
		switch b[off] {
		case '}', ']':
			if prev := lastNonSpace(b[:off]); prev >= 0 && b[prev] == ',' {
				return off, fmt.Sprintf("found %s after a comma, expected another value: JSON allows no trailing comma", quoteRune(b[off:]))
			}
		}
		return off, "syntax error: " + msg
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return len(b), "the file ends too early, expected the rest of the JSON value (a missing } or ]?)"
	}
	return 0, err.Error()
}

func lastNonSpace(b []byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		switch b[i] {
		case ' ', '\t', '\r', '\n':
		default:
			return i
		}
	}
	return -1
}

// quoteRune quotes the character at the start of b for a message.
func quoteRune(b []byte) string {
	r, _ := utf8.DecodeRune(b)
	return fmt.Sprintf("%q", r)
}

// goType names what a Go kind holds.
func goType(k string) string {
	switch k {
	case "int", "int64", "int32":
		return "a whole number that fits an int"
	case "float64":
		return "a number"
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	}
	return "a value of Go type " + k
}
