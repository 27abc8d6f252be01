// Command fontsubset writes the GUI's font: WenQuanYi Micro Hei cut down to
// the characters a Chinese or English UI meets (Latin, punctuation, symbols,
// all of GB2312) plus every character of the given text files.
//
// Fyne parses every glyph of its theme font, once per text style; the full
// face (49,531 glyphs) cost about 40 ms and 12 MB of heap per style at
// start-up. The exports keep the full face, and the app switches the GUI to
// it when opened data has characters the subset lacks.
//
//	cd tools/fontsubset && go run . ../../assets/fonts/wqy-microhei.ttf ../../assets/fonts/wqy-microhei-ui.ttf ../../assets/data/camps.json ../../assets/translations/*.json
//
// It is a module of its own so that the app does not link the subsetter.
package main

import (
	"fmt"
	"os"
	"slices"

	"github.com/tdewolff/font"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// ranges are the non-Han blocks a UI in either language may show.
var ranges = [][2]rune{
	{0x0020, 0x024F}, // Basic Latin to Latin Extended-B
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
			want[c] = true
		}
	}
	// Glyph 0 (.notdef) first, then in code point order: the same input
	// always gives the same file.
	ids, seen := []uint16{0}, map[uint16]bool{0: true}
	for _, c := range slices.Sorted(mapKeys(want)) {
		if id := sf.GlyphIndex(c); id != 0 && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	// The minimal tables: the layout tables (GSUB, GPOS) would keep the old
	// glyph numbers, and hinting is not used by either renderer.
	total := sf.NumGlyphs() // Subset overwrites it
	sub, err := sf.Subset(ids, font.SubsetOptions{Tables: font.KeepMinTables})
	if err != nil {
		return err
	}
	data := sub.Write()
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	fmt.Printf("%s: %d characters' glyphs (%d with the parts they are built of) of %d, %d bytes (from %d)\n",
		out, len(ids), sub.NumGlyphs(), total, len(data), len(b))
	return nil
}

// gb2312 returns the characters of GB2312 (rows 0xA1–0xF7), the set every
// simplified Chinese text of ordinary use is written in.
func gb2312() map[rune]bool {
	set := map[rune]bool{}
	dec := simplifiedchinese.GBK.NewDecoder()
	for hi := 0xA1; hi <= 0xF7; hi++ {
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
