// Command aicamps explores the 2025–26 realignment of the AI industry: camps,
// deals, events and figures, as a network, a timeline and charts.
package main

import (
	"os"

	"github.com/aicamps/aicamps/app"
)

func main() {
	os.Exit(app.Main(os.Args[1:]))
}
