// Command fontsubset writes the GUI's font: WenQuanYi Micro Hei cut down to
// the characters a Chinese or English UI meets (Latin, punctuation, symbols,
// GB2312's 3,755 common characters) plus every character of the given text
// files.
//
// Fyne parses every glyph of its theme font, once per text style; the full
// face (49,531 glyphs) cost about 26 ms and 12 MB of heap per style at
// start-up, this subset (8,939 with the parts its glyphs are built of)
// about 5 ms and 2.5 MB. The exports keep the full face, and the app
// switches the GUI to it when opened data has characters the subset lacks.
//
//	cd tools/fontsubset && go run . ../../assets/fonts/wqy-microhei.ttf ../../assets/fonts/wqy-microhei-ui.ttf ../../assets/data/camps.json ../../assets/translations/*.json
//
// It is a module of its own so that the app does not link the subsetter.
package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"slices"
	"unicode"

	"github.com/tdewolff/font"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// ranges are the non-Han blocks a UI in either language may show.
var ranges = [][2]rune{
	{0x0020, 0x007E}, // Basic Latin, without the controls
	{0x00A0, 0x024F}, // Latin-1 Supplement to Latin Extended-B
	{0x0370, 0x03FF}, // Greek
	{0x0400, 0x04FF}, // Cyrillic
	{0x2000, 0x206F}, // General Punctuation
	{0x20A0, 0x20CF}, // Currency Symbols
	{0x2100, 0x218F}, // Letterlike Symbols, Number Forms
	{0x2190, 0x22FF}, // Arrows, Mathematical Operators
	{0x2460, 0x24FF}, // Enclosed Alphanumerics
	{0x2500, 0x27BF}, // Box Drawing to Dingbats
	{0x3000, 0x30FF}, // CJK Symbols and Punctuation, Kana
	{0x3100, 0x312F}, // Bopomofo
	{0xFE30, 0xFE4F}, // CJK Compatibility Forms
	{0xFF00, 0xFFEF}, // Halfwidth and Fullwidth Forms
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: fontsubset FULL.ttf OUT.ttf [TEXT-FILE ...]")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2], os.Args[3:]); err != nil {
		fmt.Fprintln(os.Stderr, "fontsubset:", err)
		os.Exit(1)
	}
}

func run(in, out string, texts []string) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	sf, err := font.ParseSFNT(b, 0)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	want := gb2312()
	for _, r := range ranges {
		for c := r[0]; c <= r[1]; c++ {
			want[c] = true
		}
	}
	for _, p := range texts {
		t, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, c := range string(t) {
			if !unicode.IsControl(c) {
				want[c] = true
			}
		}
	}
	// Glyph 0 (.notdef) first, then in code point order: the same input
	// always gives the same file.
	ids, newID := []uint16{0}, map[uint16]uint16{0: 0}
	var runes []rune
	for _, c := range slices.Sorted(mapKeys(want)) {
		id := sf.GlyphIndex(c)
		if id == 0 || c > 0xFFFF {
			continue
		}
		if _, ok := newID[id]; !ok {
			newID[id] = uint16(len(ids))
			ids = append(ids, id)
		}
		runes = append(runes, c)
	}
	// The minimal tables: the layout tables (GSUB, GPOS) would keep the old
	// glyph numbers, and hinting is not used by either renderer.
	total := sf.NumGlyphs() // Subset overwrites it
	sub, err := sf.Subset(ids, font.SubsetOptions{Tables: font.KeepMinTables})
	if err != nil {
		return err
	}
	// The subsetter rebuilds the character map from glyphs back to one
	// character each and writes some runs wrongly (U+00C4–U+017F pointed at
	// other glyphs): write it from what we know instead.
	cmap, err := cmapFormat4(runes, func(c rune) uint16 { return newID[sf.GlyphIndex(c)] })
	if err != nil {
		return err
	}
	sub.Tables["cmap"] = cmap
	data := sub.Write()
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	fmt.Printf("%s: %d characters' glyphs (%d with the parts they are built of) of %d, %d bytes (from %d)\n",
		out, len(ids), sub.NumGlyphs(), total, len(data), len(b))
	return nil
}

// gb2312 returns GB2312's symbols and its first level (rows 0xA1–0xD7): the
// 3,755 characters that make up over 99% of ordinary simplified Chinese
// text. The second level (3,008 rarer characters) would add 60% to the
// glyphs Fyne parses twice at every start; data that needs one gets the
// full face.
func gb2312() map[rune]bool {
	set := map[rune]bool{}
	dec := simplifiedchinese.GBK.NewDecoder()
	for hi := 0xA1; hi <= 0xD7; hi++ {
		for lo := 0xA1; lo <= 0xFE; lo++ {
			s, err := dec.Bytes([]byte{byte(hi), byte(lo)})
			if err != nil {
				continue
			}
			for _, c := range string(s) {
				if c != '\uFFFD' {
					set[c] = true
				}
			}
		}
	}
	return set
}

func mapKeys(m map[rune]bool) func(func(rune) bool) {
	return func(yield func(rune) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// cmapFormat4 writes a character map table (format 4, for Unicode on
// platforms 0 and 3) of the characters, in increasing order, to glyphs:
// one segment per run of consecutive characters, by idDelta when the run's
// glyphs are consecutive too, else through the glyph index array.
func cmapFormat4(runes []rune, glyph func(rune) uint16) ([]byte, error) {
	type segment struct {
		start, end rune
		delta      uint16
		offset     int // into the glyph array; -1 when delta maps the run
	}
	var segs []segment
	var array []uint16
	for i := 0; i < len(runes); {
		j := i + 1
		for j < len(runes) && runes[j] == runes[j-1]+1 {
			j++
		}
		run := runes[i:j]
		consecutive := true
		for k := 1; k < len(run); k++ {
			consecutive = consecutive && glyph(run[k]) == glyph(run[k-1])+1
		}
		s := segment{start: run[0], end: run[len(run)-1], offset: -1}
		if consecutive {
			s.delta = glyph(run[0]) - uint16(run[0]) // modulo 65536, as the format adds it
		} else {
			s.offset = len(array)
			for _, c := range run {
				array = append(array, glyph(c))
			}
		}
		segs = append(segs, s)
		i = j
	}
	segs = append(segs, segment{start: 0xFFFF, end: 0xFFFF, delta: 1, offset: -1}) // the required last segment, to glyph 0
	n := len(segs)
	size := 16 + 8*n + 2*len(array)
	if size > 0xFFFF {
		return nil, fmt.Errorf("character map of %d bytes is too big for format 4", size)
	}
	sub := make([]byte, 0, size)
	u16 := func(v uint16) { sub = binary.BigEndian.AppendUint16(sub, v) }
	searchRange := 1
	entrySelector := 0
	for searchRange*2 <= n {
		searchRange *= 2
		entrySelector++
	}
	u16(4)
	u16(uint16(size))
	u16(0) // language
	u16(uint16(2 * n))
	u16(uint16(2 * searchRange))
	u16(uint16(entrySelector))
	u16(uint16(2*n - 2*searchRange))
	for _, s := range segs {
		u16(uint16(s.end))
	}
	u16(0) // reservedPad
	for _, s := range segs {
		u16(uint16(s.start))
	}
	for _, s := range segs {
		u16(s.delta)
	}
	for i, s := range segs {
		if s.offset < 0 {
			u16(0)
		} else {
			u16(uint16(2 * (n - i + s.offset))) // bytes from this entry to the segment's first glyph
		}
	}
	for _, g := range array {
		u16(g)
	}
	// The table: version 0, two encoding records sharing the subtable.
	head := []byte{0, 0, 0, 2}
	head = append(head, 0, 0, 0, 3, 0, 0, 0, 20) // Unicode BMP
	head = append(head, 0, 3, 0, 1, 0, 0, 0, 20) // Windows Unicode BMP
	return append(head, sub...), nil
}
