package main

import "time"

// workbookRows are the figures of data/sheet's BenchmarkWorkbook (issue
// #15): loading a workbook against the JSON of the same dataset, writing
// it, and refusing a zip bomb.
func workbookRows(res map[string][]float64) (rows []row, miss []string) {
	med := func(name string) time.Duration { return time.Duration(median(res[name])) }
	xlsx, js := med("Workbook/load-xlsx"), med("Workbook/load-json")
	load := timeRow("load a workbook of 1,000 companies, 3,000 relations, 2,000 events (baseline: data.Load of its JSON)", xlsx, js,
		"< 1 s and ≤ 5× JSON", xlsx < time.Second && xlsx <= 5*js)
	write := timeRow("write that workbook", med("Workbook/write-xlsx"), 0, "report", true)
	write.Base, write.Ratio, write.Met = "—", "—", ""
	bomb := timeRow("refuse a zip bomb (a 1 GiB sheet of spaces)", med("ZipBomb"), 0, "< 5 s", med("ZipBomb") < 5*time.Second)
	bomb.Base, bomb.Ratio = "—", "—"
	for i, r := range []*row{&load, &write, &bomb} {
		names := [][]string{{"Workbook/load-xlsx", "Workbook/load-json"}, {"Workbook/write-xlsx"}, {"ZipBomb"}}[i]
		for _, n := range names {
			if len(res[n]) == 0 {
				r.Met = noFigure
			}
		}
		if r.Met == yes(false) || r.Met == noFigure {
			miss = append(miss, r.Item)
		}
		rows = append(rows, *r)
	}
	return rows, miss
}
