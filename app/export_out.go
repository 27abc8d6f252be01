package app

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/export/anim"
	"github.com/aicamps/aicamps/views/export/pptx"
)

// outJob is what an -o FILE export writes: the chosen items (or, for a
// replay, the one item to replay) and the options from the command line or
// the window.
type outJob struct {
	ds     *data.Dataset
	items  []export.Item
	opts   export.Options
	asOf   time.Time
	delay  time.Duration // a replay GIF's time per frame
	replay bool
	named  bool // the user named the items (an empty list means all)
	// progress, when set, is told each slide drawn (done of total); a
	// non-nil error from it stops the export (the window's Cancel).
	progress func(done, total int) error
	// seen, when set, holds the window's network and timeline scenes
	// (filters, positions, mode): a replay from the window replays them.
	seen *seenScenes
}

// slide is one page of a multi-page file: a framed picture, its title and
// its speaker notes.
type slide struct {
	Name  string
	Opts  export.Options // the item applied; Format is the picture's
	Draw  export.DrawFunc
	Title string
	Notes []string
}

// outFormat is one kind of file -o writes, keyed by its extension.
type outFormat struct {
	multi  bool     // one file holds many items: -o with no names writes them all
	replay bool     // it can hold a replay; gif holds nothing else
	only   []string // the items it can hold (a GEXF: the network); empty: any
	// write writes the slides. Single-picture formats get exactly one.
	write func(w io.Writer, ss []slide, j outJob) error
}

// outFormats are the files -o can write, keyed by extension: pictures,
// decks and replays from the slides, interchange files from the data.
var outFormats = map[string]outFormat{
	".png":     {write: onePicture(export.PNG)},
	".svg":     {write: onePicture(export.SVG)},
	".pdf":     {multi: true, replay: true, write: writePDF},
	".pptx":    {multi: true, replay: true, write: writeDeck},
	".gif":     {replay: true, write: writeGIF},
	".gexf":    {only: []string{"network"}, write: interchange(".gexf")},
	".graphml": {only: []string{"network"}, write: interchange(".graphml")},
	".json":    {only: []string{"timeline"}, write: interchange(".json")},
}

// writePDF writes the slides as one vector PDF, a page each.
func writePDF(w io.Writer, ss []slide, _ outJob) error {
	pages := make([]export.Page, len(ss))
	for i, s := range ss {
		s.Opts.Format = export.PDF
		pages[i] = export.Page{Options: s.Opts, Draw: s.Draw}
	}
	return export.RenderPDF(w, pages)
}

// interchange writes the one item as a GEXF, GraphML or TimelineJS file,
// from the data rather than the picture.
func interchange(ext string) func(io.Writer, []slide, outJob) error {
	return func(w io.Writer, ss []slide, j outJob) error {
		write, ok := interchangeWriter(ss[0].Name, ext, j.ds, j.opts.Lang, j.asOf)
		if !ok {
			return fmt.Errorf("a %s file cannot hold %s", ext, ss[0].Name)
		}
		return write(w)
	}
}

// onePicture writes the one slide as a PNG or SVG.
func onePicture(format string) func(io.Writer, []slide, outJob) error {
	return func(w io.Writer, ss []slide, _ outJob) error {
		o := ss[0].Opts
		o.Format = format
		return export.Render(w, o, ss[0].Draw)
	}
}

func formatList() string {
	var exts []string
	for e := range outFormats {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	return strings.Join(exts, " ")
}

// checkOut says whether the format of path can hold the job, before
// anything is drawn.
func checkOut(path string, j outJob) (outFormat, error) {
	ext := strings.ToLower(filepath.Ext(path))
	f, ok := outFormats[ext]
	switch {
	case !ok:
		return f, fmt.Errorf("%s: unknown format %q; -o writes %s", path, ext, formatList())
	case j.replay && !f.replay:
		return f, fmt.Errorf("%s: a %s file cannot hold a replay; use .pptx or .gif", path, ext)
	case !j.replay && ext == ".gif":
		return f, fmt.Errorf("%s: a GIF is a replay: add --replay and name network or timeline", path)
	case j.replay && len(j.items) != 1:
		return f, fmt.Errorf("%s: --replay replays one view: name one, such as network", path)
	case !f.multi && !j.replay && len(j.items) != 1:
		return f, fmt.Errorf("%s: a %s file holds one picture: name one item, or use --out DIR for several", path, ext)
	}
	for _, it := range j.items {
		if len(f.only) > 0 && !contains(f.only, it.Name) {
			return f, fmt.Errorf("%s: a %s file holds %s, not %s", path, ext, strings.Join(f.only, " or "), it.Name)
		}
	}
	return f, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// writeOut writes the job to path in the format of its extension, whole or
// not at all (export.WriteFile: temp file, then rename).
func writeOut(path string, j outJob) error {
	f, err := checkOut(path, j)
	if err != nil {
		return err
	}
	var ss []slide
	if j.replay {
		if ss, err = replaySlides(j); err != nil {
			return err
		}
	} else {
		ss = itemSlides(j)
	}
	// Each slide or frame goes to the temporary file as it is made, so a
	// long replay holds one picture in memory; a failed or cancelled draw
	// removes the temporary file and leaves the old one.
	return export.WriteFile(path, func(w io.Writer) error {
		if err := f.write(w, ss, j); err != nil {
			return err
		}
		return j.tick(len(ss), len(ss)) // a last Cancel
	})
}

// itemSlides are the chosen items as slides, notes from their sources.
func itemSlides(j outJob) []slide {
	ss := make([]slide, len(j.items))
	for i, it := range j.items {
		o := it.Apply(j.opts)
		ss[i] = slide{Name: it.Name, Opts: o, Draw: it.Draw, Title: o.Title, Notes: itemNotes(j.ds, it.Name, o.Lang, j.asOf)}
	}
	return ss
}

// writeDeck draws each slide as a 2× PNG (and an SVG for PowerPoint) and
// writes them into the deck one by one.
func writeDeck(w io.Writer, ss []slide, j outJob) error {
	d, err := pptx.NewWriter(w, "", j.opts.Lang, len(ss))
	if err != nil {
		return err
	}
	for i, s := range ss {
		// The SVG draws while the PNG draws and encodes: the deck then takes
		// about as long as the PNG alone on two cores.
		var png, svg bytes.Buffer
		svgErr := make(chan error, 1)
		go func() {
			o := s.Opts
			o.Format = export.SVG
			svgErr <- export.Render(&svg, o, s.Draw)
		}()
		o := s.Opts
		o.Format = export.PNG
		err := export.Render(&png, o, s.Draw)
		if serr := <-svgErr; err == nil {
			err = serr
		}
		if err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
		if err := d.Add(pptx.Slide{Title: s.Title, PNG: png.Bytes(), SVG: svg.Bytes(), Notes: s.Notes}); err != nil {
			return err
		}
		if err := j.tick(i+1, len(ss)); err != nil {
			return err
		}
	}
	return d.Close()
}

// writeGIF draws each step at 1× and encodes the animation.
func writeGIF(w io.Writer, ss []slide, j outJob) error {
	enc := anim.NewEncoder(w, gifPalette(j.ds, j.opts.Theme), j.delay, 3*j.delay)
	for i, s := range ss {
		o := s.Opts
		o.Format, o.Scale = export.PNG, 1
		img, err := renderImage(o, s.Draw)
		if err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
		if err := enc.Add(img); err != nil {
			return err
		}
		if err := j.tick(i+1, len(ss)); err != nil {
			return err
		}
	}
	return enc.Close()
}

func (j outJob) tick(done, total int) error {
	if j.progress == nil {
		return nil
	}
	return j.progress(done, total)
}
