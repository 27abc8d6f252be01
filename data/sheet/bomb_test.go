package sheet

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/aicamps/aicamps/data"
)

// zipBomb is the bundled workbook with its Companies sheet replaced by a
// sheet of size bytes, nearly all spaces, deflated to about a thousandth.
// With lie, the archive claims the sheet is small.
func zipBomb(t testing.TB, size int64, lie bool) []byte {
	t.Helper()
	src := workbook(t, bundled(t))
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if f.Name != "xl/worksheets/sheet4.xml" {
			if err := zw.Copy(f); err != nil {
				t.Fatal(err)
			}
			continue
		}
		head := []byte(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
		tail := []byte(`</sheetData></worksheet>`)
		var comp bytes.Buffer
		crc := crc32.NewIEEE()
		fw, _ := flate.NewWriter(&comp, flate.BestSpeed)
		w := io.MultiWriter(fw, crc)
		w.Write(head)
		chunk := bytes.Repeat([]byte(" "), 1<<20)
		n := int64(len(head) + len(tail))
		for ; n+int64(len(chunk)) <= size; n += int64(len(chunk)) {
			w.Write(chunk)
		}
		w.Write(tail)
		fw.Close()
		hdr := &zip.FileHeader{Name: f.Name, Method: zip.Deflate, CRC32: crc.Sum32(),
			CompressedSize64: uint64(comp.Len()), UncompressedSize64: uint64(n)}
		if lie {
			hdr.UncompressedSize64 = 4096
		}
		raw, err := zw.CreateRaw(hdr)
		if err != nil {
			t.Fatal(err)
		}
		raw.Write(comp.Bytes())
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestZipBombRefused: a gigabyte of spaces is refused with a clear error,
// having used a few megabytes (the speed is BenchmarkZipBomb's).
func TestZipBombRefused(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 1 GiB zip bomb")
	}
	for _, lie := range []bool{false, true} {
		b := zipBomb(t, 1<<30, lie)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, _, err := Load("bomb.xlsx", b)
		runtime.ReadMemStats(&after)
		var es data.Errors
		if !errors.As(err, &es) || len(es) != 1 {
			t.Fatalf("lie=%v: got %v, want one error", lie, err)
		}
		want := "bomb.xlsx: the workbook unpacks to 1024 MiB, expected at most 256 MiB: refused as a possible zip bomb"
		if lie {
			want = "bomb.xlsx: the workbook is damaged: its part xl/worksheets/sheet4.xml does not unpack as it says"
		}
		if !strings.HasPrefix(es.Error(), want) {
			t.Errorf("lie=%v: got %q, want %q", lie, es.Error(), want)
		}
		t.Logf("lie=%v: %v", lie, es.Error())
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
			t.Errorf("lie=%v: allocated %d MiB reading the bomb, want under 64 MiB", lie, alloc>>20)
		}
	}
}
