package sheet

import (
	"encoding/json"
	"io"
	"testing"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/synth"
)

// BenchmarkWorkbook loads a workbook of 1,000 companies, 3,000 relations
// and 2,000 events, the JSON of the same dataset (the goal: the
// workbook under 1 s and at most 5× the JSON), and writes the workbook.
func BenchmarkWorkbook(b *testing.B) {
	ds := synth.Dataset(1000, 3000, 2000, 1)
	js, err := json.MarshalIndent(ds, "", "  ")
	if err != nil {
		b.Fatal(err)
	}
	xlsx := workbook(b, ds)
	b.Run("load-xlsx", func(b *testing.B) {
		b.SetBytes(int64(len(xlsx)))
		for b.Loop() {
			if _, _, err := Load("synth.xlsx", xlsx); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("load-json", func(b *testing.B) {
		b.SetBytes(int64(len(js)))
		for b.Loop() {
			if _, err := data.Load("synth.json", js); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("write-xlsx", func(b *testing.B) {
		for b.Loop() {
			if err := Write(io.Discard, ds); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkZipBomb refuses a sheet of a gigabyte of spaces (the issue's
// goal: within 5 s).
func BenchmarkZipBomb(b *testing.B) {
	bomb := zipBomb(b, 1<<30, false)
	for b.Loop() {
		if _, _, err := Load("bomb.xlsx", bomb); err == nil {
			b.Fatal("the bomb loaded")
		}
	}
}
