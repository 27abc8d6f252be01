package data

import "encoding/json"

// parseGeneric decodes b, which must be valid UTF-8, into the generic values
// the schema validator takes (map[string]any, []any, string, json.Number,
// bool, nil), as encoding/json with UseNumber would, in one pass and about
// three times faster. ok is false on any syntax error (including content
// after the value, or nesting deeper than maxNesting): the caller then asks
// encoding/json where and why. The fuzz test holds the two to agree.
func parseGeneric(b []byte) (v any, ok bool) {
	p := &parser{b: b}
	v = p.value(0)
	p.space()
	if p.bad || p.i != len(b) {
		return nil, false
	}
	return v, true
}

// maxNesting bounds the parser's recursion at encoding/json's own limit,
// so that both refuse the same files.
const maxNesting = 10000

type parser struct {
	b   []byte
	i   int
	bad bool
}

func (p *parser) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *parser) fail() any {
	p.bad = true
	return nil
}

func (p *parser) value(depth int) any {
	p.space()
	if p.i >= len(p.b) || depth > maxNesting {
		return p.fail()
	}
	switch c := p.b[p.i]; {
	case c == '{':
		p.i++
		m := map[string]any{}
		p.space()
		if p.i < len(p.b) && p.b[p.i] == '}' {
			p.i++
			return m
		}
		for !p.bad {
			p.space()
			k, ok := p.str()
			if !ok {
				return p.fail()
			}
			p.space()
			if p.i >= len(p.b) || p.b[p.i] != ':' {
				return p.fail()
			}
			p.i++
			m[k] = p.value(depth + 1)
			p.space()
			if p.i >= len(p.b) {
				return p.fail()
			}
			switch p.b[p.i] {
			case ',':
				p.i++
			case '}':
				p.i++
				return m
			default:
				return p.fail()
			}
		}
		return nil
	case c == '[':
		p.i++
		a := []any{}
		p.space()
		if p.i < len(p.b) && p.b[p.i] == ']' {
			p.i++
			return a
		}
		for !p.bad {
			a = append(a, p.value(depth+1))
			p.space()
			if p.i >= len(p.b) {
				return p.fail()
			}
			switch p.b[p.i] {
			case ',':
				p.i++
			case ']':
				p.i++
				return a
			default:
				return p.fail()
			}
		}
		return nil
	case c == '"':
		s, ok := p.str()
		if !ok {
			return p.fail()
		}
		return s
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case c == 't':
		return p.literal("true", true)
	case c == 'f':
		return p.literal("false", false)
	case c == 'n':
		return p.literal("null", nil)
	}
	return p.fail()
}

func (p *parser) literal(word string, v any) any {
	if len(p.b)-p.i < len(word) || string(p.b[p.i:p.i+len(word)]) != word {
		return p.fail()
	}
	p.i += len(word)
	return v
}

// number reads a number by the JSON grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *parser) number() any {
	start := p.i
	if p.b[p.i] == '-' {
		p.i++
	}
	digits := func() int {
		n := 0
		for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.i < len(p.b) && p.b[p.i] == '0' {
		p.i++
	} else if digits() == 0 {
		return p.fail()
	}
	if p.i < len(p.b) && p.b[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return p.fail()
		}
	}
	if p.i < len(p.b) && (p.b[p.i] == 'e' || p.b[p.i] == 'E') {
		p.i++
		if p.i < len(p.b) && (p.b[p.i] == '+' || p.b[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return p.fail()
		}
	}
	return json.Number(p.b[start:p.i])
}

// str reads a string; strings with escapes are left to encoding/json, which
// knows what to make of lone surrogates.
func (p *parser) str() (string, bool) {
	if p.i >= len(p.b) || p.b[p.i] != '"' {
		return "", false
	}
	start := p.i
	escaped := false
	for j := p.i + 1; j < len(p.b); j++ {
		switch c := p.b[j]; {
		case c == '"':
			p.i = j + 1
			if !escaped {
				return string(p.b[start+1 : j]), true
			}
			var s string
			if err := json.Unmarshal(p.b[start:p.i], &s); err != nil {
				return "", false
			}
			return s, true
		case c == '\\':
			escaped = true
			j++
		case c < 0x20:
			return "", false
		}
	}
	return "", false
}
