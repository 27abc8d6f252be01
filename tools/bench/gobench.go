package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
)

// exportBench maps item → variant (png2x, svg, raster2x, gochart-png2x) →
// one ns/op figure per -count repetition.
type exportBench map[string]map[string][]float64

var benchLine = regexp.MustCompile(`^BenchmarkBundledExport/([^/\s]+)/([^\s]+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op`)

// runExportBench runs BenchmarkBundledExport of the three views with go
// test; -count repeats the whole benchmark, so every variant of an item is
// measured once per repetition, one after another (a b c d a b c d …).
func runExportBench(goCmd, benchtime string, count int, items *[]string) (exportBench, error) {
	args := []string{"test", "-run", "^$", "-bench", "^BenchmarkBundledExport$", "-benchtime", benchtime,
		"-count", strconv.Itoa(count), "./views/network", "./views/timeline", "./views/charts"}
	progress("%s %v", goCmd, args)
	cmd := exec.Command(goCmd, args...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go test -bench: %w\n%s", err, out)
	}
	res := exportBench{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		m := benchLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		ns, _ := strconv.ParseFloat(m[3], 64)
		if res[m[1]] == nil {
			res[m[1]] = map[string][]float64{}
			*items = append(*items, m[1])
		}
		res[m[1]][m[2]] = append(res[m[1]][m[2]], ns)
	}
	if len(res) == 0 {
		return nil, fmt.Errorf("go test -bench printed no BenchmarkBundledExport figures:\n%s", out)
	}
	return res, nil
}
