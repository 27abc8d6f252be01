package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxDepth is how deeply a camps file may nest arrays and objects. The model
// needs 6 levels; anything far deeper is a broken or hostile file.
const maxDepth = 64

// frame is one level of the walker's path: an object key (raw, still
// escaped, as it stands in the file) or an array index.
type frame struct {
	key   []byte
	index int
	inArr bool
}

// token returns the frame as a JSON pointer token.
func (f frame) token() string {
	if f.inArr {
		return strconv.Itoa(f.index)
	}
	return unquoteKey(f.key)
}

// unquoteKey unescapes a raw key; keys without backslashes are taken as is.
func unquoteKey(raw []byte) string {
	if bytes.IndexByte(raw, '\\') < 0 {
		return string(raw)
	}
	var s string
	if err := json.Unmarshal(append(append([]byte{'"'}, raw...), '"'), &s); err != nil {
		return string(raw)
	}
	return s
}

// readable formats a path of frames as relations[12].to.
func readable(path []frame) string {
	var b strings.Builder
	for _, f := range path {
		if f.inArr {
			fmt.Fprintf(&b, "[%d]", f.index)
			continue
		}
		k := unquoteKey(f.key)
		if isIdent(k) {
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(k)
		} else {
			fmt.Fprintf(&b, "[%q]", k)
		}
	}
	return b.String()
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9' {
			continue
		}
		return false
	}
	return true
}

// walker goes through a document that encoding/json has already accepted,
// calling visit at the start of every value with its path. visit returns
// whether to look inside the value (objects and arrays). dup, when set, is
// told of a key repeated within one object. The walker is defensive anyway:
// on malformed input it stops rather than panics.
type walker struct {
	b     []byte
	i     int
	path  []frame
	visit func(w *walker, keyOff, valOff int) bool
	dup   func(w *walker, keyOff int, key []byte)
	seen  [][][]byte // keys of the open object at each depth, reused
	bad   bool
}

func (w *walker) space() {
	for w.i < len(w.b) {
		switch w.b[w.i] {
		case ' ', '\t', '\n', '\r':
			w.i++
		default:
			return
		}
	}
}

// str reads a string starting at its opening quote and returns its raw
// contents.
func (w *walker) str() []byte {
	if w.i >= len(w.b) || w.b[w.i] != '"' {
		w.bad = true
		return nil
	}
	start := w.i + 1
	for j := start; j < len(w.b); j++ {
		switch w.b[j] {
		case '\\':
			j++
		case '"':
			w.i = j + 1
			return w.b[start:j]
		}
	}
	w.bad = true
	w.i = len(w.b)
	return nil
}

// value walks one value; keyOff is the offset of its key or -1.
func (w *walker) value(keyOff int) {
	w.space()
	if w.bad || w.i >= len(w.b) {
		w.bad = true
		return
	}
	valOff := w.i
	descend := w.visit(w, keyOff, valOff)
	switch c := w.b[w.i]; c {
	case '{', '[':
		if !descend {
			w.skip()
			return
		}
		d := len(w.path)
		if w.dup != nil && c == '{' {
			for len(w.seen) <= d {
				w.seen = append(w.seen, nil)
			}
			w.seen[d] = w.seen[d][:0]
		}
		w.i++
		w.space()
		if w.i < len(w.b) && (w.b[w.i] == '}' || w.b[w.i] == ']') {
			w.i++
			return
		}
		for n := 0; !w.bad; n++ {
			w.space()
			f := frame{index: n, inArr: c == '['}
			k := -1
			if c == '{' {
				k = w.i
				f.key = w.str()
				if w.dup != nil {
					for _, s := range w.seen[d] {
						if bytes.Equal(s, f.key) {
							w.path = append(w.path, f)
							w.dup(w, k, f.key)
							w.path = w.path[:d]
							break
						}
					}
					w.seen[d] = append(w.seen[d], f.key)
				}
				w.space()
				if w.i >= len(w.b) || w.b[w.i] != ':' {
					w.bad = true
					return
				}
				w.i++
			}
			w.path = append(w.path, f)
			w.value(k)
			w.path = w.path[:d]
			w.space()
			if w.i >= len(w.b) {
				w.bad = true
				return
			}
			switch w.b[w.i] {
			case ',':
				w.i++
			case '}', ']':
				w.i++
				return
			default:
				w.bad = true
				return
			}
		}
	case '"':
		w.str()
	default:
		w.i += scalarLen(w.b[w.i:])
		if w.i == valOff {
			w.bad = true
		}
	}
}

// skip passes over an object or array without visiting inside it.
func (w *walker) skip() {
	depth := 0
	for w.i < len(w.b) {
		switch w.b[w.i] {
		case '"':
			w.str()
			continue
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				w.i++
				return
			}
		}
		w.i++
	}
	w.bad = true
}

// scalarLen is the length of the number or literal at the start of b.
func scalarLen(b []byte) int {
	n := 0
	for n < len(b) {
		switch c := b[n]; {
		case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c == '-', c == '+', c == '.', c == 'E':
			n++
		default:
			return n
		}
	}
	return n
}

// checkShape finds, in one pass, nesting deeper than maxDepth, numbers too
// large for a float64 and fields repeated within an object (encoding/json
// would silently keep the last). Inside a too-deep value nothing more is
// looked at.
func checkShape(b []byte, c *collector) {
	w := &walker{b: b}
	w.dup = func(w *walker, keyOff int, key []byte) {
		c.addAt(keyOff, readable(w.path), fmt.Sprintf("field %q appears twice in this object, expected each field once", unquoteKey(key)))
	}
	w.visit = func(w *walker, keyOff, valOff int) bool {
		switch ch := b[valOff]; {
		case ch == '{' || ch == '[':
			if len(w.path) >= maxDepth {
				c.addAt(valOff, shortPath(w.path), fmt.Sprintf("found arrays and objects nested more than %d deep, expected at most %d", maxDepth, maxDepth))
				return false
			}
		case ch == '-' || ch >= '0' && ch <= '9':
			n := b[valOff : valOff+scalarLen(b[valOff:])]
			if _, err := strconv.ParseFloat(string(n), 64); err != nil {
				c.addAt(valOff, readable(w.path), fmt.Sprintf("found number %s, expected a number that fits a float64 (at most about 1.8e308)", n))
			}
		}
		return true
	}
	w.value(-1)
}

// trie holds the pointers whose positions are wanted, token by token, and
// where the walk found each of them.
type trie struct {
	kids        map[string]*trie
	found       bool
	off, keyOff int
	path        string
}

// locate sets the offset and readable path of every problem that has a
// pointer, in one pass over b that only enters the subtrees some pointer
// leads into. A value that is not in the file (a missing field) is placed at
// its nearest ancestor that is.
func locate(b []byte, probs []problem) {
	root := &trie{}
	for _, p := range probs {
		if p.off >= 0 {
			continue
		}
		n := root
		for _, t := range p.at {
			if n.kids == nil {
				n.kids = map[string]*trie{}
			}
			k := n.kids[t]
			if k == nil {
				k = &trie{}
				n.kids[t] = k
			}
			n = k
		}
	}
	var nodes []*trie // trie node of the value at each depth
	w := &walker{b: b}
	w.visit = func(w *walker, keyOff, valOff int) bool {
		d := len(w.path)
		n := root
		if d > 0 {
			f := w.path[d-1]
			if f.inArr || bytes.IndexByte(f.key, '\\') >= 0 {
				n = nodes[d-1].kids[f.token()]
			} else {
				n = nodes[d-1].kids[string(f.key)]
			}
		}
		nodes = append(nodes[:d], n)
		if n == nil {
			return false
		}
		n.found, n.off, n.keyOff, n.path = true, valOff, keyOff, readable(w.path)
		return len(n.kids) > 0
	}
	w.value(-1)
	for i, p := range probs {
		if p.off >= 0 {
			continue
		}
		n, depth := root, 0
		for _, t := range p.at {
			k := n.kids[t]
			if k == nil || !k.found {
				break
			}
			n, depth = k, depth+1
		}
		if !n.found {
			continue
		}
		probs[i].off = n.off
		if p.atKey && depth == len(p.at) && n.keyOff >= 0 {
			probs[i].off = n.keyOff
		}
		probs[i].path = n.path
		if depth < len(p.at) {
			probs[i].path = readablePointer(p.at)
		}
	}
}

// pathAt returns the readable path and offset of the last value that starts
// at or before byte offset off: the innermost value holding it.
func pathAt(b []byte, off int) (path string, start int) {
	start = -1
	w := &walker{b: b}
	w.visit = func(w *walker, keyOff, valOff int) bool {
		if valOff > off {
			return false
		}
		path, start = readable(w.path), valOff
		return true
	}
	w.value(-1)
	return path, start
}

// positioner turns byte offsets into 1-based lines and character columns.
type positioner struct {
	b     []byte
	lines []int // offset of the start of each line
}

func newPositioner(b []byte) *positioner {
	p := &positioner{b: b, lines: []int{0}}
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		p.lines = append(p.lines, i)
	}
	return p
}

func (p *positioner) at(off int) (line, col int) {
	if off < 0 {
		off = 0
	}
	if off > len(p.b) {
		off = len(p.b)
	}
	l := sort.Search(len(p.lines), func(i int) bool { return p.lines[i] > off }) - 1
	return l + 1, utf8.RuneCount(p.b[p.lines[l]:off]) + 1
}

// shortPath is readable for paths too deep to print whole.
func shortPath(path []frame) string {
	if len(path) <= 8 {
		return readable(path)
	}
	return readable(path[:6]) + fmt.Sprintf("…(%d more levels)", len(path)-6)
}
