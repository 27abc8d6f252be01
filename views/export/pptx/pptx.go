// Package pptx writes a 16:9 PowerPoint deck of pictures: one slide per
// picture, a title, speaker notes. It is the minimal Office Open XML a deck
// needs (a zip of templated parts), written by hand: PowerPoint, Keynote,
// Google Slides and LibreOffice Impress open it.
package pptx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"image/png"
	"io"
	"strings"
	"time"
)

// Slide is one picture and what goes with it.
type Slide struct {
	Title string
	PNG   []byte   // the picture; it fills the slide (letterboxed if not 16:9)
	SVG   []byte   // optional: the same picture as vectors, which PowerPoint prefers
	Notes []string // speaker notes, one paragraph each
}

// Deck is the slides in order.
type Deck struct {
	Title  string
	Lang   string // "zh" or "en": the language tag of the text
	Slides []Slide
}

// The slide is 16:9, 13.333 × 7.5 in, in EMU (914,400 an inch).
const (
	slideW = 12192000
	slideH = 6858000
)

// Write writes the deck as a .pptx.
func (d Deck) Write(w io.Writer) error {
	dw, err := NewWriter(w, d.Title, d.Lang, len(d.Slides))
	if err != nil {
		return err
	}
	for _, s := range d.Slides {
		if err := dw.Add(s); err != nil {
			return err
		}
	}
	return dw.Close()
}

// Writer writes a deck slide by slide, so that a long one (a replay of
// hundreds of steps at 4K) holds one picture in memory, not all of them.
// The number of slides is known up front: the first parts list them.
type Writer struct {
	z    *zip.Writer
	d    Deck // Title and Lang; Slides stays empty
	n    int  // slides promised
	done int
}

// NewWriter writes the deck's first parts, for n slides, to w.
func NewWriter(w io.Writer, title, lang string, n int) (*Writer, error) {
	if n <= 0 {
		return nil, errors.New("pptx: a deck needs at least one slide")
	}
	dw := &Writer{z: zip.NewWriter(w), d: Deck{Title: title, Lang: lang}, n: n}
	d := dw.d
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", d.contentTypes(n)},
		{"_rels/.rels", rootRels},
		{"docProps/core.xml", fmt.Sprintf(coreXML, esc(d.Title))},
		{"docProps/app.xml", fmt.Sprintf(appXML, n)},
		{"ppt/presentation.xml", d.presentation(n)},
		{"ppt/_rels/presentation.xml.rels", d.presentationRels(n)},
		{"ppt/presProps.xml", presProps},
		{"ppt/tableStyles.xml", tableStyles},
		{"ppt/theme/theme1.xml", theme},
		{"ppt/theme/theme2.xml", theme},
		{"ppt/slideMasters/slideMaster1.xml", slideMaster},
		{"ppt/slideMasters/_rels/slideMaster1.xml.rels", rels(rel{"rId1", typLayout, "../slideLayouts/slideLayout1.xml"}, rel{"rId2", typTheme, "../theme/theme1.xml"})},
		{"ppt/slideLayouts/slideLayout1.xml", slideLayout},
		{"ppt/slideLayouts/_rels/slideLayout1.xml.rels", rels(rel{"rId1", typMaster, "../slideMasters/slideMaster1.xml"})},
		{"ppt/notesMasters/notesMaster1.xml", notesMaster},
		{"ppt/notesMasters/_rels/notesMaster1.xml.rels", rels(rel{"rId1", typTheme, "../theme/theme2.xml"})},
	}
	for _, p := range parts {
		if err := d.put(dw.z, p.name, []byte(p.body), zip.Deflate); err != nil {
			return nil, err
		}
	}
	return dw, nil
}

// Add writes the next slide.
func (dw *Writer) Add(s Slide) error {
	if dw.done == dw.n {
		return fmt.Errorf("pptx: more than the %d slides promised", dw.n)
	}
	dw.done++
	if err := dw.d.writeSlide(dw.z, dw.done, s); err != nil {
		return fmt.Errorf("slide %d: %w", dw.done, err)
	}
	return nil
}

// Close ends the deck; every slide promised must have been added.
func (dw *Writer) Close() error {
	if dw.done != dw.n {
		return fmt.Errorf("pptx: %d slides of the %d promised", dw.done, dw.n)
	}
	return dw.z.Close()
}

func (d Deck) writeSlide(z *zip.Writer, n int, s Slide) error {
	cfg, err := png.DecodeConfig(bytes.NewReader(s.PNG))
	if err != nil {
		return fmt.Errorf("picture: %w", err)
	}
	// Fit the picture in the slide, centred.
	cx, cy := int64(slideW), int64(slideW)*int64(cfg.Height)/int64(cfg.Width)
	if cy > slideH {
		cx, cy = int64(slideH)*int64(cfg.Width)/int64(cfg.Height), slideH
	}
	x, y := (slideW-cx)/2, (slideH-cy)/2
	media := fmt.Sprintf("image%d", n)
	srels := []rel{
		{"rId1", typLayout, "../slideLayouts/slideLayout1.xml"},
		{"rId2", typImage, "../media/" + media + ".png"},
		{"rId3", typNotes, fmt.Sprintf("../notesSlides/notesSlide%d.xml", n)},
	}
	svg := ""
	if len(s.SVG) > 0 {
		srels = append(srels, rel{"rId4", typImage, "../media/" + media + ".svg"})
		svg = svgExt
	}
	// The title sits behind the picture, where the picture draws its own:
	// it names the slide in outlines and screen readers without showing twice.
	tx, ty := x+cx*56/1920, y+cy*40/1080
	slide := fmt.Sprintf(slideXML, tx, ty, cx-2*(tx-x), cy*70/1080, d.lang(), esc(s.Title), esc(s.Title), svg, x, y, cx, cy)
	var notes strings.Builder
	for _, l := range s.Notes {
		fmt.Fprintf(&notes, `<a:p><a:r><a:rPr lang="%s" sz="1200"/><a:t>%s</a:t></a:r></a:p>`, d.lang(), esc(l))
	}
	if len(s.Notes) == 0 {
		notes.WriteString(`<a:p><a:endParaRPr lang="en-US"/></a:p>`)
	}
	files := []struct {
		name   string
		body   []byte
		method uint16
	}{
		{fmt.Sprintf("ppt/slides/slide%d.xml", n), []byte(slide), zip.Deflate},
		{fmt.Sprintf("ppt/slides/_rels/slide%d.xml.rels", n), []byte(rels(srels...)), zip.Deflate},
		{fmt.Sprintf("ppt/notesSlides/notesSlide%d.xml", n), []byte(fmt.Sprintf(notesXML, notes.String())), zip.Deflate},
		{fmt.Sprintf("ppt/notesSlides/_rels/notesSlide%d.xml.rels", n), []byte(rels(
			rel{"rId1", typNotesMaster, "../notesMasters/notesMaster1.xml"},
			rel{"rId2", typSlide, fmt.Sprintf("../slides/slide%d.xml", n)})), zip.Deflate},
		{"ppt/media/" + media + ".png", s.PNG, zip.Store}, // already compressed
	}
	if len(s.SVG) > 0 {
		files = append(files, struct {
			name   string
			body   []byte
			method uint16
		}{"ppt/media/" + media + ".svg", s.SVG, zip.Deflate})
	}
	for _, f := range files {
		if err := d.put(z, f.name, f.body, f.method); err != nil {
			return err
		}
	}
	return nil
}

// put adds a part with a fixed time, so the same deck is the same bytes.
func (d Deck) put(z *zip.Writer, name string, body []byte, method uint16) error {
	h := &zip.FileHeader{Name: name, Method: method, Modified: time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)}
	w, err := z.CreateHeader(h)
	if err != nil {
		return err
	}
	_, err = w.Write(body)
	return err
}

func (d Deck) lang() string {
	if d.Lang == "zh" {
		return "zh-CN"
	}
	return "en-US"
}

func (d Deck) contentTypes(n int) string {
	var b strings.Builder
	b.WriteString(contentTypesHead)
	for i := range n {
		fmt.Fprintf(&b, `<Override PartName="/ppt/slides/slide%d.xml" ContentType="%s.slide+xml"/>`, i+1, ctPML)
		fmt.Fprintf(&b, `<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="%s.notesSlide+xml"/>`, i+1, ctPML)
	}
	b.WriteString(`</Types>`)
	return b.String()
}

func (d Deck) presentation(n int) string {
	var ids strings.Builder
	for i := range n {
		fmt.Fprintf(&ids, `<p:sldId id="%d" r:id="rId%d"/>`, 256+i, 10+i)
	}
	return fmt.Sprintf(presentationXML, ids.String(), slideW, slideH)
}

func (d Deck) presentationRels(n int) string {
	rs := []rel{
		{"rId1", typMaster, "slideMasters/slideMaster1.xml"},
		{"rId2", typNotesMaster, "notesMasters/notesMaster1.xml"},
		{"rId3", typTheme, "theme/theme1.xml"},
		{"rId4", typPresProps, "presProps.xml"},
		{"rId5", typTableStyles, "tableStyles.xml"},
	}
	for i := range n {
		rs = append(rs, rel{fmt.Sprintf("rId%d", 10+i), typSlide, fmt.Sprintf("slides/slide%d.xml", i+1)})
	}
	return rels(rs...)
}

type rel struct{ id, typ, target string }

func rels(rs ...rel) string {
	var b strings.Builder
	b.WriteString(xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for _, r := range rs {
		fmt.Fprintf(&b, `<Relationship Id="%s" Type="%s" Target="%s"/>`, r.id, r.typ, r.target)
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}

// esc escapes text for XML and drops what XML 1.0 cannot hold.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
