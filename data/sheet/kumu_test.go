package sheet

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/aicamps/aicamps/data"
)

// kumuBook makes a Kumu-style workbook from rows of the two sheets.
func kumuBook(t testing.TB, elements, connections [][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Elements")
	f.NewSheet("Connections")
	for sheet, rows := range map[string][][]any{"Elements": elements, "Connections": connections} {
		for i, row := range rows {
			f.SetSheetRow(sheet, cellName(0, i+1), &row)
		}
	}
	f.SetDocProps(&excelize.DocProperties{Created: "2025-11-20T10:00:00Z", Modified: "2025-11-21T10:00:00Z"})
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

var kumuElements = [][]any{
	{"Label", "Type", "Description", "Tags"},
	{"OpenAI", "Model Lab", "Makes GPT", "camp:OpenAI camp | us"},
	{"Amazon", "Cloud", "", "camp:OpenAI camp"},
	{"Microsoft", "Big Tech", "", "camp:Microsoft camp"},
	{"Anthropic", "Startup", "Makes Claude", "camp:Microsoft camp"},
	{"英伟达", "Chip Maker", "", ""},
}

var kumuConnections = [][]any{
	{"From", "To", "Connection Type", "Label"},
	{"Amazon", "OpenAI", "Compute Contract", "AWS deal"},
	{"Microsoft", "Anthropic", "investment", ""},
	{"英伟达", "Anthropic", "friendship", ""},
	{"英伟达", "OpenAI", "friendship", ""},
	{"Microsoft", "OpenAI", "Rivalry", ""},
	{"Amazon", "Anthropic", "investment", ""},
}

func TestKumuWorkbook(t *testing.T) {
	ds, warns, err := Load("kumu.xlsx", kumuBook(t, kumuElements, kumuConnections))
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Companies) != 5 || len(ds.Relations) != 6 || len(ds.Camps) != 2 {
		t.Fatalf("got %d companies, %d relations, %d camps", len(ds.Companies), len(ds.Relations), len(ds.Camps))
	}
	co := ds.Companies[3]
	if co.ID != "anthropic" || co.Kind != data.KindOther || co.Note.En != "Makes Claude" || co.Status != data.Reported {
		t.Errorf("Anthropic: %+v", co)
	}
	if zh := ds.Companies[4]; zh.Name.Zh != "英伟达" || zh.Kind != data.KindChipMaker || zh.ID != "element-6" {
		t.Errorf("英伟达: %+v", zh)
	}
	if c := ds.Camps[1]; c.ID != "microsoft-camp" || len(c.Members) != 2 || c.Members[1].Company != "anthropic" {
		t.Errorf("camp: %+v", c)
	}
	r := ds.Relations[5] // row 7 of Connections
	if r.From != "amazon" || r.Type != data.Investment || r.Source != (data.Ref{Doc: "kumu.xlsx", Section: "connections", Paragraph: 7}) {
		t.Errorf("row 7: %+v", r)
	}
	if r.Date.Value != "2025-11-21" || ds.Relations[0].Type != data.Compute || ds.Relations[2].Type != data.Partnership {
		t.Errorf("date %v, types %s %s", r.Date, ds.Relations[0].Type, ds.Relations[2].Type)
	}
	want := []string{
		`kumu.xlsx: Elements!B5: element type "Startup" is no company kind`,
		"kumu.xlsx: Elements!A1: some elements have no status",
		"kumu.xlsx: Elements!A1: some elements have no Country",
		`kumu.xlsx: Connections!C4: connection type "friendship" is no relation type`,
		"kumu.xlsx: Connections!A1: some connections have no status",
		"kumu.xlsx: Connections!A1: some connections have no Date: dated 2025-11-21",
	}
	if len(warns) != len(want) {
		t.Errorf("got %d warnings, want %d: %v", len(warns), len(want), warns)
	}
	for i, w := range want {
		if i < len(warns) && !strings.HasPrefix(warns[i].String(), w) {
			t.Errorf("warning %d: got %q, want %q…", i, warns[i], w)
		}
	}
}

func TestKumuErrorsAtCells(t *testing.T) {
	cons := append([][]any{}, kumuConnections...)
	cons = append(cons, []any{"Amazonx", "OpenAI", "investment"})
	_, _, err := Load("kumu.xlsx", kumuBook(t, kumuElements, cons))
	want := `kumu.xlsx: Connections!A8: unknown company "amazonx" (did you mean "amazon"?)`
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("got %v, want %s…", err, want)
	}
	_, _, err = Load("kumu.xlsx", kumuBook(t, [][]any{{"Name?", "Kind"}, {"x", "y"}}, nil))
	if err == nil || !strings.Contains(err.Error(), "Elements!A1: found no Label column") {
		t.Errorf("no Label: got %v", err)
	}
}
