package main

import "testing"

func TestWorkbookRows(t *testing.T) {
	res := map[string][]float64{"Workbook/load-xlsx": {600e6, 700e6, 650e6}, "Workbook/load-json": {100e6}, "Workbook/write-xlsx": {900e6}}
	rows, miss := workbookRows(res)
	if len(rows) != 3 || rows[0].Ratio != "6.5×" && rows[0].Met != yes(false) {
		t.Errorf("rows %+v", rows)
	}
	if rows[0].Met != yes(false) || rows[2].Met != noFigure || len(miss) != 2 {
		t.Errorf("a load 6.5× the JSON and a missing bomb figure should miss: %+v, %v", rows, miss)
	}
	res["Workbook/load-json"] = []float64{300e6}
	res["ZipBomb"] = []float64{1e6}
	if rows, miss = workbookRows(res); rows[0].Met != "yes" || len(miss) != 0 {
		t.Errorf("2.2× and under 1 s should pass: %+v %v", rows, miss)
	}
}
