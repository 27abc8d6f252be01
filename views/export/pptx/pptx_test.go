package pptx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"image"
	"image/png"
	"io"
	"path"
	"strings"
	"testing"
)

func testPNG(t *testing.T, w, h int) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewRGBA(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func testDeck(t *testing.T) Deck {
	return Deck{Title: "Camps & deals", Lang: "zh", Slides: []Slide{
		{Title: "交易金额 <一>", PNG: testPNG(t, 64, 36), SVG: []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`), Notes: []string{"来源：文章", "• A & B (传闻): § 一, 第 2 段"}},
		{Title: "Square", PNG: testPNG(t, 40, 40)},
	}}
}

func unzip(t *testing.T, b []byte) map[string][]byte {
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, f := range z.File {
		r, _ := f.Open()
		files[f.Name], _ = io.ReadAll(r)
		r.Close()
	}
	if z.File[0].Name != "[Content_Types].xml" {
		t.Errorf("first part is %s, want [Content_Types].xml", z.File[0].Name)
	}
	return files
}

// Every part is well-formed XML, every relationship points at a part that
// exists, and every part has a content type: what PowerPoint checks before
// offering a repair.
func TestDeckIsConsistent(t *testing.T) {
	var b bytes.Buffer
	if err := testDeck(t).Write(&b); err != nil {
		t.Fatal(err)
	}
	files := unzip(t, b.Bytes())
	types := string(files["[Content_Types].xml"])
	for name, body := range files {
		ext := path.Ext(name)
		if !strings.Contains(types, `PartName="/`+name+`"`) && !strings.Contains(types, `Extension="`+ext[1:]+`"`) {
			t.Errorf("%s has no content type", name)
		}
		if ext != ".xml" && ext != ".rels" && ext != ".svg" {
			continue
		}
		dec := xml.NewDecoder(bytes.NewReader(body))
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "Relationship" && ext == ".rels" {
				var target string
				for _, a := range se.Attr {
					if a.Name.Local == "Target" {
						target = a.Value
					}
				}
				// A part's rels live in DIR/_rels/NAME.rels; targets are relative to DIR.
				dir := path.Dir(path.Dir(name))
				full := path.Clean(path.Join(dir, target))
				if _, ok := files[full]; !ok {
					t.Errorf("%s points at %s, which is not in the deck", name, full)
				}
			}
		}
	}
	for _, want := range []string{"ppt/slides/slide2.xml", "ppt/notesSlides/notesSlide1.xml", "ppt/media/image1.svg", "ppt/media/image2.png"} {
		if files[want] == nil {
			t.Errorf("no %s", want)
		}
	}
	if files["ppt/media/image2.svg"] != nil {
		t.Error("slide 2 has no SVG but the deck holds one")
	}
	if s := string(files["ppt/slides/slide1.xml"]); !strings.Contains(s, "交易金额 &lt;一&gt;") || !strings.Contains(s, `lang="zh-CN"`) || !strings.Contains(s, "svgBlip") {
		t.Errorf("slide 1 lacks its escaped title, language or SVG: %s", s)
	}
	if s := string(files["ppt/notesSlides/notesSlide1.xml"]); !strings.Contains(s, "• A &amp; B (传闻): § 一, 第 2 段") {
		t.Errorf("notes 1 lack their text: %s", s)
	}
	// A square picture is letterboxed: full height, centred.
	if s := string(files["ppt/slides/slide2.xml"]); !strings.Contains(s, `<a:off x="2667000" y="0"/><a:ext cx="6858000" cy="6858000"/>`) {
		t.Errorf("slide 2's picture is not centred at full height: %s", s)
	}
}

func TestDeckIsReproducible(t *testing.T) {
	var a, b bytes.Buffer
	testDeck(t).Write(&a)
	testDeck(t).Write(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same deck written twice differs")
	}
}

func TestDeckErrors(t *testing.T) {
	if err := (Deck{}).Write(io.Discard); err == nil {
		t.Error("an empty deck: no error")
	}
	if err := (Deck{Slides: []Slide{{PNG: []byte("not a png")}}}).Write(io.Discard); err == nil || !strings.Contains(err.Error(), "slide 1") {
		t.Errorf("a bad picture: %v", err)
	}
}

// TestWriterStreams: the slide-by-slide Writer writes each slide as it is
// added (the output grows with every Add, so nothing waits in memory for
// Close) and ends with the same bytes as Deck.Write; a deck with fewer or
// more slides than promised is an error.
func TestWriterStreams(t *testing.T) {
	d := testDeck(t)
	for i := range d.Slides { // noise: pictures far larger than any buffer
		img := image.NewGray(image.Rect(0, 0, 200, 120))
		for j := range img.Pix {
			img.Pix[j] = uint8(j * 7919 % 251)
		}
		var b bytes.Buffer
		png.Encode(&b, img)
		d.Slides[i].PNG = b.Bytes()
	}
	var whole, streamed bytes.Buffer
	if err := d.Write(&whole); err != nil {
		t.Fatal(err)
	}
	w, err := NewWriter(&streamed, d.Title, d.Lang, len(d.Slides))
	if err != nil {
		t.Fatal(err)
	}
	last := streamed.Len()
	for i, s := range d.Slides {
		if err := w.Add(s); err != nil {
			t.Fatal(err)
		}
		if streamed.Len() <= last+len(s.PNG) {
			t.Errorf("slide %d: output grew from %d to %d bytes, less than its picture: it is held back", i+1, last, streamed.Len())
		}
		last = streamed.Len()
	}
	if err := w.Add(d.Slides[0]); err == nil {
		t.Error("a slide more than promised: no error")
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(whole.Bytes(), streamed.Bytes()) {
		t.Error("the streamed deck differs from Deck.Write's")
	}
	short, _ := NewWriter(io.Discard, "", "en", 2)
	short.Add(d.Slides[1])
	if err := short.Close(); err == nil {
		t.Error("one slide of two promised: no error")
	}
}
