package app

import (
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/charts"
	"github.com/aicamps/aicamps/views/export"
)

// exportItems lists everything that can be exported, in one language and
// "as of" one date (zero: everything): the CLI, Export… and Export all… all
// use it. The network and timeline views add their items here.
func exportItems(ds *data.Dataset, lang string, asOf time.Time) []export.Item {
	var items []export.Item
	items = append(items, charts.Items(ds, lang, asOf)...)
	return items
}
