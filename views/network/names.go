package network

import (
	"strings"
	"unicode"

	"github.com/aicamps/aicamps/data"
)

// CampLongName is a camp's name with its acronym spelled out from its
// members, when the name starts with one ("ONA triangle" → "ONA triangle
// (OpenAI + NVIDIA + Amazon)"): each letter the initial of a member, in
// order. Other names come back as they are.
func CampLongName(ds *data.Dataset, c data.Camp, lang string) string {
	name := c.Name.In(lang)
	if x := acronymExpansion(ds, c, lang); x != "" {
		return name + " (" + x + ")"
	}
	return name
}

// acronymExpansion is "OpenAI + NVIDIA + Amazon" for a camp named "ONA …"
// with those members, or "".
func acronymExpansion(ds *data.Dataset, c data.Camp, lang string) string {
	first, _, _ := strings.Cut(c.Name.En, " ")
	if len(first) < 2 || len(first) != len(c.Members) || strings.ToUpper(first) != first {
		return ""
	}
	names := map[string]data.Company{}
	for _, co := range ds.Companies {
		names[co.ID] = co
	}
	used := make([]bool, len(c.Members))
	var parts []string
	for _, letter := range first {
		found := false
		for i, m := range c.Members {
			co, ok := names[m.Company]
			if used[i] || !ok {
				continue
			}
			if r := []rune(co.Name.En); len(r) > 0 && unicode.ToUpper(r[0]) == letter {
				used[i], found = true, true
				parts = append(parts, shortName(co, lang))
				break
			}
		}
		if !found {
			return ""
		}
	}
	return strings.Join(parts, " + ")
}

// shortName is a company's name without a parenthesised part: "Amazon" for
// "Amazon (AWS)".
func shortName(c data.Company, lang string) string {
	n := c.Name.In(lang)
	if i := strings.IndexAny(n, "(（"); i > 0 {
		n = strings.TrimSpace(n[:i])
	}
	return n
}
