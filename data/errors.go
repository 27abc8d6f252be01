package data

import (
	"fmt"
	"strconv"
	"strings"
)

// MaxErrors is how many errors Load reports; the rest are counted in a last
// "… and N more" line.
const MaxErrors = 50

// Error is one problem in a camps file, at the position of the offending
// value. Line and Col are 1-based (Col counts characters, not bytes); both
// are 0 when the error concerns the whole file.
type Error struct {
	File      string
	Line, Col int
	Path      string // JSON path such as relations[12].to; empty for syntax errors
	Msg       string
}

// String formats the error as file:line:col: path: message.
func (e Error) String() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	}
	b.WriteString(": ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors is every problem Load found in a file, in the order of the file.
// When there were more than MaxErrors, the last one says how many more.
type Errors []Error

// Error lists the errors one per line.
func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.String()
	}
	return strings.Join(lines, "\n")
}

// pointer is a JSON pointer as its unescaped tokens: /relations/12/to is
// {"relations", "12", "to"}.
type pointer []string

// ptr builds a pointer from keys (strings) and indices (ints).
func ptr(parts ...any) pointer {
	p := make(pointer, len(parts))
	for i, x := range parts {
		switch v := x.(type) {
		case string:
			p[i] = v
		case int:
			p[i] = strconv.Itoa(v)
		default:
			p[i] = fmt.Sprint(v)
		}
	}
	return p
}

// add returns a new pointer one token deeper.
func (p pointer) add(parts ...any) pointer {
	q := make(pointer, 0, len(p)+len(parts))
	q = append(q, p...)
	return append(q, ptr(parts...)...)
}

func (p pointer) String() string {
	var b strings.Builder
	for _, t := range p {
		b.WriteByte('/')
		for _, r := range t {
			switch r {
			case '~':
				b.WriteString("~0")
			case '/':
				b.WriteString("~1")
			default:
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// problem is an error before its position is known. at is the pointer to the
// offending value; atKey asks for the position of its key rather than its
// value (unknown fields). off, when ≥ 0, is a byte offset already known, and
// path then the readable path.
type problem struct {
	at    pointer
	atKey bool
	off   int
	path  string
	msg   string
}

// collector gathers problems up to MaxErrors and counts the rest. Messages
// are built lazily so that costly ones (suggestions) are only made for the
// problems that are kept.
type collector struct {
	probs []problem
	more  int
	skip  map[string]bool // pointers (as strings) the schema already reported
}

func (c *collector) full() bool { return len(c.probs) >= MaxErrors }

func (c *collector) any() bool { return len(c.probs) > 0 || c.more > 0 }

// addAt records a problem whose offset and path are known.
func (c *collector) addAt(off int, path, msg string) {
	if c.full() {
		c.more++
		return
	}
	c.probs = append(c.probs, problem{off: off, path: path, msg: msg})
}

// add records a problem at pointer at (atKey: at its key).
func (c *collector) add(at pointer, atKey bool, msg string) {
	if c.full() {
		c.more++
		return
	}
	c.probs = append(c.probs, problem{at: at, atKey: atKey, off: -1, msg: msg})
}

// addf records a meaning problem at pointer at.
func (c *collector) addf(at pointer, format string, args ...any) {
	c.addFunc(at, func() string { return fmt.Sprintf(format, args...) })
}

// addFunc records a meaning problem whose message msg builds, unless the
// schema already reported a problem at or around the same value.
func (c *collector) addFunc(at pointer, msg func() string) {
	if len(c.skip) > 0 {
		for i := range at {
			if c.skip[at[:i+1].String()] {
				return
			}
		}
	}
	if c.full() {
		c.more++
		return
	}
	c.probs = append(c.probs, problem{at: at, off: -1, msg: msg()})
}
