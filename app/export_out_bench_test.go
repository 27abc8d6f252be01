package app

import (
	"io"
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

func benchItems(b *testing.B) (*data.Dataset, []export.Item) {
	ds, err := data.Bundled()
	if err != nil {
		b.Fatal(err)
	}
	items := exportItems(ds, "en", time.Time{})
	// Warm the glyph caches both ways, so neither benchmark pays for them.
	for _, f := range []string{export.PNG, export.SVG} {
		o := export.Defaults()
		o.Format = f
		for _, it := range items {
			_ = export.Render(io.Discard, it.Apply(o), it.Draw)
		}
	}
	return ds, items
}

// BenchmarkDeck is 'aicamps export -o deck.pptx' of every item (2× PNG and
// SVG per slide); compare with BenchmarkPNGs, the same items as PNG files.
func BenchmarkDeck(b *testing.B) {
	ds, items := benchItems(b)
	j := outJob{ds: ds, items: items, opts: export.Defaults()}
	for b.Loop() {
		if err := writeDeck(io.Discard, itemSlides(j), j); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPNGs is 'aicamps export --format png' of every item.
func BenchmarkPNGs(b *testing.B) {
	_, items := benchItems(b)
	o := export.Defaults()
	for b.Loop() {
		for _, it := range items {
			if err := export.Render(io.Discard, it.Apply(o), it.Draw); err != nil {
				b.Fatal(err)
			}
		}
	}
}
