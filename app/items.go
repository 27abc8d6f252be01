package app

import (
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/charts"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/network"
	"github.com/aicamps/aicamps/views/timeline"
)

// exportItems lists everything that can be exported, in one language and
// "as of" one date (zero: everything): the network, the timeline, then every
// chart the data declares. The CLI, Export… and Export all… all use it.
func exportItems(ds *data.Dataset, lang string, asOf time.Time) []export.Item {
	items := []export.Item{network.Item(ds, lang, asOf), timeline.Item(ds, lang, asOf)}
	for _, it := range charts.Items(ds, lang, asOf) {
		if it.Name != "network" && it.Name != "timeline" { // a chart may not shadow a view
			items = append(items, it)
		}
	}
	return items
}
