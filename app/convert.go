package app

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/sheet"
	"github.com/aicamps/aicamps/views/export"
)

// loadFile loads a camps file, JSON or a workbook (by its extension).
// Warnings come only from workbooks (a Kumu type guessed, a hidden sheet).
func loadFile(path string) (*data.Dataset, []data.Error, error) {
	if sheet.IsWorkbook(path) {
		return sheet.LoadFile(path)
	}
	ds, err := data.LoadFile(path)
	return ds, nil, err
}

// isDataFile reports whether path has the extension of a camps file.
func isDataFile(path string) bool {
	return strings.EqualFold(filepath.Ext(path), ".json") || sheet.IsWorkbook(path)
}

// writeData writes ds atomically as JSON or as a workbook, by path's extension.
func writeData(path string, ds *data.Dataset) error {
	return export.WriteFile(path, func(w io.Writer) error {
		if sheet.IsWorkbook(path) {
			return sheet.Write(w, ds)
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false) // R&D, not R\u0026D: the file is for people too
		enc.SetIndent("", "  ")
		return enc.Encode(ds)
	})
}

func runConvert(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: aicamps convert IN OUT\n\nConverts a camps file between JSON (.json) and a workbook (.xlsx), by the\nextensions: aicamps convert camps.json camps.xlsx, or camps.xlsx camps.json.\nIN is checked as by validate; OUT is written only when IN is valid.")
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage(err)
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return 2
	}
	in, out := fs.Arg(0), fs.Arg(1)
	if !isDataFile(out) {
		fmt.Fprintf(stderr, "aicamps convert: %s: expected a .json or .xlsx file to write\n", out)
		return 2
	}
	ds, warns, err := loadFile(in)
	printWarnings(stderr, warns)
	if err != nil {
		fmt.Fprintln(stderr, unwrapPath(err))
		return 1
	}
	if err := writeData(out, ds); err != nil {
		fmt.Fprintf(stderr, "aicamps convert: %s: %v\n", out, err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: wrote %s\n", out, summary(ds))
	return 0
}

// printWarnings prints each warning as an error is printed, marked as one.
func printWarnings(w io.Writer, warns []data.Error) {
	for _, e := range warns {
		e.Msg = "warning: " + e.Msg
		fmt.Fprintln(w, e)
	}
}
