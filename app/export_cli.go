package app

import (
	"fmt"
	"io"
)

// runExport is filled in by the charts and export work.
func runExport(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "aicamps export: not yet implemented")
	return 1
}
