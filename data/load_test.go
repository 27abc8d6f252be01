package data

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/aicamps/aicamps/assets"
)

var update = flag.Bool("update", false, "rewrite the .golden files of testdata/bad")

// TestBadFiles loads every file of testdata/bad and compares the messages
// with its .golden file (go test ./data -run TestBadFiles -update rewrites).
func TestBadFiles(t *testing.T) {
	files, err := filepath.Glob("testdata/bad/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bad files: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			ds, err := LoadFile(f)
			if err == nil {
				t.Fatalf("loaded %d companies, want errors", len(ds.Companies))
			}
			var es Errors
			if !errors.As(err, &es) {
				t.Fatalf("error is %T, want Errors: %v", err, err)
			}
			got := err.Error() + "\n"
			golden := strings.TrimSuffix(f, ".json") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("messages differ from %s:\n got:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}

func TestGoodFiles(t *testing.T) {
	files, _ := filepath.Glob("testdata/good/*.json")
	if len(files) == 0 {
		t.Fatal("no good files")
	}
	for _, f := range files {
		ds, err := LoadFile(f)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if len(ds.Companies) != 4 || len(ds.Relations) != 3 || ds.Title.En != "Minimal example" {
			t.Errorf("%s: got %d companies, %d relations, title %q", f, len(ds.Companies), len(ds.Relations), ds.Title.En)
		}
	}
}

// TestBundledPassesLoad runs the bundled dataset through every check of
// Load, the schema included, which Bundled skips at run time: both must
// give the same dataset.
func TestBundledPassesLoad(t *testing.T) {
	full, err := Load("camps.json", assets.CampsJSON)
	if err != nil {
		t.Fatalf("the bundled dataset does not pass Load:\n%v", err)
	}
	ds, err := Bundled()
	if err != nil {
		t.Fatalf("the bundled dataset does not load:\n%v", err)
	}
	if !reflect.DeepEqual(full, ds) {
		t.Error("Bundled and Load give different datasets for the bundled file")
	}
	if len(ds.Companies) == 0 || len(ds.Relations) == 0 || len(ds.Charts) == 0 {
		t.Errorf("bundled dataset has %d companies, %d relations, %d charts", len(ds.Companies), len(ds.Relations), len(ds.Charts))
	}
}
