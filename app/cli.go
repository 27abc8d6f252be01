package app

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/aicamps/aicamps/data"
)

// Version is set at build time with -ldflags "-X github.com/aicamps/aicamps/app.Version=…".
var Version = "0.1.0-dev"

const usage = `aicamps — the 2025–26 realignment of the AI industry, as a network, a timeline and charts.

Usage:
  aicamps [[--data] FILE]        open the window (on the bundled data, or FILE)
  aicamps validate FILE...       check camps files (.json, .xlsx); exit 1 on errors
  aicamps convert IN OUT         convert between camps.json and camps.xlsx
  aicamps export [options] NAME… write charts and views as pictures, decks or a replay (see aicamps export --help)
  aicamps version                print the version

Run 'aicamps CMD --help' for a command's options.
`

// command is one CLI verb. run returns the process exit status.
type command struct {
	name, summary string
	run           func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"validate", "check camps files", runValidate},
		{"export", "write charts and views as pictures, decks or a replay", onInterrupt("export", runExport)},
		{"convert", "convert a camps file between JSON and a workbook", onInterrupt("convert", runConvert)},
		{"version", "print the version", runVersion},
	}
}

// Main runs the program with its arguments (without the program name) and
// returns the exit status: 0 ok, 1 failure, 2 usage error.
func Main(args []string) int {
	return run(args, os.Stdout, os.Stderr)
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "-h", "-help", "--help", "help":
			fmt.Fprint(stdout, usage)
			return 0
		}
		for _, c := range commands() {
			if args[0] == c.name {
				return c.run(args[1:], stdout, stderr)
			}
		}
		if !strings.HasPrefix(args[0], "-") {
			// A file opens the window on it: what a file manager's "Open
			// with" (Exec=aicamps %F) and a drop on the program pass. Of
			// several, the first: the window shows one dataset.
			st, err := os.Stat(args[0])
			if err == nil && st.Mode().IsRegular() {
				for _, a := range args[1:] {
					if strings.HasPrefix(a, "-") {
						fmt.Fprintf(stderr, "aicamps: unexpected argument %q after a file\n\n%s", a, usage)
						return 2
					}
				}
				return startGUI(args[0])
			}
			if isDataFile(args[0]) {
				if err == nil {
					err = fmt.Errorf("not a file")
				}
				fmt.Fprintf(stderr, "aicamps: cannot open %s: %v\n", args[0], err)
				return 1
			}
			fmt.Fprintf(stderr, "aicamps: unknown command %q\n\n%s", args[0], usage)
			return 2
		}
	}
	fs := flag.NewFlagSet("aicamps", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	dataFile := fs.String("data", "", "open this camps `FILE` instead of the bundled data")
	if err := fs.Parse(args); err != nil {
		return exitUsage(err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "aicamps: unexpected argument %q\n\n%s", fs.Arg(0), usage)
		return 2
	}
	return startGUI(*dataFile)
}

// startGUI opens the window; tests replace it.
var startGUI = runGUI

func exitUsage(err error) int {
	if err == flag.ErrHelp {
		return 0
	}
	return 2
}

func runVersion(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		return exitUsage(err)
	}
	fmt.Fprintf(stdout, "aicamps %s\n", Version)
	return 0
}

func runValidate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: aicamps validate FILE...\n\nChecks each camps file (syntax, schema, meaning) and prints every error as\nFILE:LINE:COL: PATH: message, or FILE: Sheet!Cell: message for a workbook.\nWarnings are printed but do not fail. Exit status 0 when all are valid, 1 otherwise.\nMessages are English (scripts match them) unless --lang zh is given.")
		fs.PrintDefaults()
	}
	lang := fs.String("lang", "en", "language of the messages: en or zh (places stay as they are)")
	if err := fs.Parse(args); err != nil {
		return exitUsage(err)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	status := 0
	for _, path := range fs.Args() {
		ds, warns, err := loadFile(path)
		printWarnings(stderr, warns)
		if err != nil {
			if des := (data.Errors)(nil); errors.As(err, &des) {
				fmt.Fprintln(stderr, des.In(*lang))
			} else {
				fmt.Fprintln(stderr, err)
			}
			status = 1
			continue
		}
		fmt.Fprintf(stdout, "%s: ok: %s\n", path, summary(ds))
	}
	return status
}

// summary counts a dataset's records in one line.
func summary(ds *data.Dataset) string {
	points := 0
	for _, s := range ds.Series {
		points += len(s.Points)
	}
	return fmt.Sprintf("%d companies, %d camps, %d relations, %d events, %d eras, %d series (%d figures), %d charts",
		len(ds.Companies), len(ds.Camps), len(ds.Relations), len(ds.Events), len(ds.Eras), len(ds.Series), points, len(ds.Charts))
}
