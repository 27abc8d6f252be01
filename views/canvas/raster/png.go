package raster

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"image"
	"io"
	"runtime"
	"sync"
)

// EncodePNG writes img as a PNG file on every core: Go's image/png deflates
// on one, which at 3840×2160 took longer than drawing the picture. Rows are
// filtered and deflated in bands, each ending on a byte boundary (a sync
// flush), and the bands joined into one zlib stream, as pigz does. An opaque
// picture is written as RGB, a quarter fewer bytes to compress.
func EncodePNG(w io.Writer, img *image.RGBA) error {
	return pngEncoder{level: pngLevel, filter: pngFilter, workers: runtime.GOMAXPROCS(0)}.encode(w, img)
}

// pngLevel and pngFilter were picked by BenchmarkPNGChoices on bundled
// 3840×2160 exports, 2 cores. Unfiltered rows at BestSpeed were the fastest
// (network 50 ms, camp-totals 40 ms) at about image/png's default size
// (0.98×, 1.07×): flat fills repeat every 3 bytes, which LZ77 finds anyway.
// image/png's minimum-sum rule cost 2–4× the time for 0–8% smaller files,
// level 2–3 files were up to 1.5× larger, level 6 ~2× slower.
const (
	pngLevel  = flate.BestSpeed
	pngFilter = filterNone
)

// filterRule is how a row's PNG filter is chosen.
type filterRule int

const (
	filterMinSum filterRule = iota // libpng's and image/png's rule: the least sum of |byte| over all five
	filterUp                       // always Up: nothing to choose, rows repeat often in charts
	filterSub                      // always Sub
	filterUpSub                    // the smaller of Up and Sub
	filterNone                     // raw rows
)

type pngEncoder struct {
	level   int
	filter  filterRule
	workers int
	rows    int // rows per band; 0 picks from the size and the workers
}

// band is one piece of the IDAT stream, compressed by one worker.
type band struct {
	out    bytes.Buffer
	adler  uint32 // of the band's filtered bytes
	length int64  // of the band's filtered bytes
	err    error
	done   chan struct{}
}

const (
	pngRGB  = 2 // PNG colour types
	pngRGBA = 6
)

func (e pngEncoder) encode(w io.Writer, img *image.RGBA) error {
	width, height := img.Rect.Dx(), img.Rect.Dy()
	if width < 1 || height < 1 || width > 1<<30 || height > 1<<30 {
		return fmt.Errorf("cannot write a PNG of %d×%d pixels", width, height)
	}
	ct, bpp := pngRGBA, 4
	if opaque(img, e.workers) {
		ct, bpp = pngRGB, 3
	}
	rows := e.rows
	if rows <= 0 {
		// Four bands a worker even out uneven rows; a band of at least 16
		// rows keeps the flush overhead (a few bytes) and the window lost at
		// each band start negligible.
		rows = max(16, (height+4*e.workers-1)/(4*e.workers))
	}
	bands := make([]*band, (height+rows-1)/rows)
	for i := range bands {
		bands[i] = &band{done: make(chan struct{})}
	}
	next := make(chan int, len(bands))
	for i := range bands {
		next <- i
	}
	close(next)
	for range min(max(e.workers, 1), len(bands)) {
		go func() {
			sc := newScanlines(width, bpp)
			for i := range next {
				b := bands[i]
				y0, y1 := i*rows, min((i+1)*rows, height)
				b.err = e.deflate(b, img, y0, y1, ct, sc, i == len(bands)-1)
				close(b.done)
			}
		}()
	}

	var hdr [13]byte
	binary.BigEndian.PutUint32(hdr[0:], uint32(width))
	binary.BigEndian.PutUint32(hdr[4:], uint32(height))
	hdr[8], hdr[9] = 8, byte(ct) // bit depth, colour type; compression, filter, interlace 0
	cw := &chunkWriter{w: w}
	cw.write([]byte("\x89PNG\r\n\x1a\n"))
	cw.chunk("IHDR", hdr[:])
	// zlib header: deflate with a 32 KB window, no dictionary; the level
	// bits say "fastest" (FLEVEL 0), which is what BestSpeed writes too.
	zhdr := []byte{0x78, 0x01}
	var adler uint32 = 1
	for i, b := range bands {
		<-b.done
		if b.err != nil && cw.err == nil {
			cw.err = b.err
		}
		adler = adler32Combine(adler, b.adler, b.length)
		data := b.out.Bytes()
		if i == 0 {
			data = append(zhdr, data...)
		}
		if i == len(bands)-1 {
			data = binary.BigEndian.AppendUint32(data, adler)
		}
		cw.idat(data)
		b.out = bytes.Buffer{} // let the band's memory go
	}
	cw.chunk("IEND", nil)
	return cw.err
}

// deflate filters rows y0 to y1 of img and compresses them into b.out: a
// deflate stream that ends with a sync flush, or closed for the last band.
func (e pngEncoder) deflate(b *band, img *image.RGBA, y0, y1, ct int, sc *scanlines, last bool) error {
	fw := flateWriters.get(e.level, &b.out)
	defer flateWriters.put(e.level, fw)
	// With a filter that looks only along the row, a row equal to the one
	// above filters to the same bytes: reuse them and their checksum (a
	// slide's margins and flat areas are such rows).
	rowLocal := e.filter == filterNone || e.filter == filterSub
	prev, cur := sc.prev, sc.cur
	if y0 > 0 && !rowLocal {
		sc.pack(prev, img, y0-1, ct)
	} else {
		clear(prev)
	}
	var row []byte // the filtered row written last
	var rowAdler uint32
	b.adler = 1
	for y := y0; y < y1; y++ {
		if row == nil || !rowLocal || !bytes.Equal(pixRow(img, y), pixRow(img, y-1)) {
			sc.pack(cur, img, y, ct)
			row = sc.filter(e.filter, cur, prev)
			rowAdler = adler32.Checksum(row)
			prev, cur = cur, prev
		}
		if _, err := fw.Write(row); err != nil {
			return err
		}
		b.adler = adler32Combine(b.adler, rowAdler, int64(len(row)))
		b.length += int64(len(row))
	}
	sc.prev, sc.cur = prev, cur
	if last {
		return fw.Close()
	}
	return fw.Flush()
}

// pixRow is row y of img, counted from its top.
func pixRow(img *image.RGBA, y int) []byte {
	return img.Pix[y*img.Stride : y*img.Stride+4*img.Rect.Dx()]
}

// opaque says whether every pixel of img has full alpha, looking at bands
// of rows on every core.
func opaque(img *image.RGBA, workers int) bool {
	h := img.Rect.Dy()
	parts := max(1, min(workers, h/64))
	var wg sync.WaitGroup
	seeThrough := make([]bool, parts)
	for p := range parts {
		wg.Go(func() {
			for y := p * h / parts; y < (p+1)*h/parts; y++ {
				row := pixRow(img, y)
				for i := 3; i < len(row); i += 4 {
					if row[i] != 0xff {
						seeThrough[p] = true
						return
					}
				}
			}
		})
	}
	wg.Wait()
	for _, s := range seeThrough {
		if s {
			return false
		}
	}
	return true
}

// scanlines holds one worker's rows: the packed current and previous rows
// (PNG filters refer to the unfiltered row above), and a filtered row per
// filter type, each with its filter byte in front.
type scanlines struct {
	bpp       int
	cur, prev []byte
	out       [5][]byte
}

func newScanlines(width, bpp int) *scanlines {
	n := width * bpp
	s := &scanlines{bpp: bpp, cur: make([]byte, n), prev: make([]byte, n)}
	for f := range s.out {
		s.out[f] = make([]byte, n+1)
		s.out[f][0] = byte(f)
	}
	return s
}

// pack copies row y of img into dst as PNG pixels: RGB, or RGBA with the
// colour no longer premultiplied (what image/png writes for an *image.RGBA).
func (s *scanlines) pack(dst []byte, img *image.RGBA, y, ct int) {
	src := pixRow(img, y)
	if ct == pngRGB {
		for i, j := 0, 0; i < len(src); i, j = i+4, j+3 {
			dst[j], dst[j+1], dst[j+2] = src[i], src[i+1], src[i+2]
		}
		return
	}
	for i := 0; i < len(src); i += 4 {
		switch a := src[i+3]; a {
		case 0xff:
			copy(dst[i:i+4], src[i:i+4])
		case 0:
			clear(dst[i : i+4])
		default: // color.NRGBAModel's arithmetic, without its allocations
			a16 := uint32(a) * 0x101
			for k := range 3 {
				dst[i+k] = uint8(uint32(src[i+k]) * 0x101 * 0xffff / a16 >> 8)
			}
			dst[i+3] = a
		}
	}
}

// PNG filter types.
const (
	ftNone = iota
	ftSub
	ftUp
	ftAverage
	ftPaeth
)

// filter returns cur filtered by the rule, with its filter byte in front.
func (s *scanlines) filter(rule filterRule, cur, prev []byte) []byte {
	bpp := s.bpp
	switch rule {
	case filterNone:
		copy(s.out[ftNone][1:], cur)
		return s.out[ftNone]
	case filterUp:
		up(s.out[ftUp][1:], cur, prev)
		return s.out[ftUp]
	case filterSub:
		sub(s.out[ftSub][1:], cur, bpp)
		return s.out[ftSub]
	case filterUpSub:
		su, ss := up(s.out[ftUp][1:], cur, prev), sub(s.out[ftSub][1:], cur, bpp)
		if ss < su {
			return s.out[ftSub]
		}
		return s.out[ftUp]
	}
	return s.minSum(cur, prev)
}

// up writes the Up filter of cur into dst and returns the sum of |bytes|
// (as signed), the measure image/png and libpng minimise.
func up(dst, cur, prev []byte) int {
	sum := 0
	for i := range dst {
		d := cur[i] - prev[i]
		dst[i] = d
		sum += abs8(d)
	}
	return sum
}

func sub(dst, cur []byte, bpp int) int {
	sum := 0
	copy(dst[:bpp], cur[:bpp])
	for i := range bpp {
		sum += abs8(cur[i])
	}
	for i := bpp; i < len(dst); i++ {
		d := cur[i] - cur[i-bpp]
		dst[i] = d
		sum += abs8(d)
	}
	return sum
}

func abs8(d uint8) int {
	if d < 128 {
		return int(d)
	}
	return 256 - int(d)
}

// minSum is image/png's choice: try all five filters (Up first, the usual
// winner, and stop a sum once it cannot win) and keep the smallest.
func (s *scanlines) minSum(cur, prev []byte) []byte {
	bpp, n := s.bpp, len(cur)
	best := up(s.out[ftUp][1:], cur, prev)
	choice := ftUp
	if best == 0 {
		return s.out[ftUp]
	}

	d, sum := s.out[ftPaeth][1:], 0
	for i := range bpp {
		d[i] = cur[i] - prev[i]
		sum += abs8(d[i])
	}
	for i := bpp; i < n && sum < best; i++ {
		d[i] = cur[i] - paeth(cur[i-bpp], prev[i], prev[i-bpp])
		sum += abs8(d[i])
	}
	if sum < best {
		best, choice = sum, ftPaeth
	}

	sum = 0
	for i := 0; i < n && sum < best; i++ {
		sum += abs8(cur[i])
	}
	if sum < best {
		best, choice = sum, ftNone
	}

	d, sum = s.out[ftSub][1:], 0
	for i := range bpp {
		d[i] = cur[i]
		sum += abs8(d[i])
	}
	for i := bpp; i < n && sum < best; i++ {
		d[i] = cur[i] - cur[i-bpp]
		sum += abs8(d[i])
	}
	if sum < best {
		best, choice = sum, ftSub
	}

	d, sum = s.out[ftAverage][1:], 0
	for i := range bpp {
		d[i] = cur[i] - prev[i]/2
		sum += abs8(d[i])
	}
	for i := bpp; i < n && sum < best; i++ {
		d[i] = cur[i] - uint8((int(cur[i-bpp])+int(prev[i]))/2)
		sum += abs8(d[i])
	}
	if sum < best {
		choice = ftAverage
	}

	if choice == ftNone {
		copy(s.out[ftNone][1:], cur)
	}
	return s.out[choice]
}

// paeth is the PNG Paeth predictor.
func paeth(a, b, c uint8) uint8 {
	pc := int(c)
	pa := int(b) - pc
	pb := int(a) - pc
	pc = abs(pa + pb)
	pa = abs(pa)
	pb = abs(pb)
	if pa <= pb && pa <= pc {
		return a
	} else if pb <= pc {
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// adler32Combine is the Adler-32 of A followed by B, from the checksums of
// A and B and the length of B (zlib's adler32_combine).
func adler32Combine(a, b uint32, lenB int64) uint32 {
	const mod = 65521
	rem := uint32(lenB % mod)
	s1 := a & 0xffff
	s2 := rem * s1 % mod
	sum1 := s1 + b&0xffff + mod - 1
	sum2 := a>>16 + b>>16 + mod - rem + s2
	for sum1 >= mod {
		sum1 -= mod
	}
	for sum2 >= mod {
		sum2 -= mod
	}
	return sum2<<16 | sum1
}

// flateWriters keeps deflate writers (~1 MB each to make) between bands
// and exports. Package-level so that all exports share one sync.Pool; a
// writer is Reset before use, so it changes no output.
var flateWriters writerPool

type writerPool struct{ pools sync.Map } // level → *sync.Pool

func (p *writerPool) get(level int, w io.Writer) *flate.Writer {
	pool, _ := p.pools.LoadOrStore(level, &sync.Pool{})
	if fw, ok := pool.(*sync.Pool).Get().(*flate.Writer); ok {
		fw.Reset(w)
		return fw
	}
	fw, _ := flate.NewWriter(w, level) // the level is one of ours: no error
	return fw
}

func (p *writerPool) put(level int, fw *flate.Writer) {
	pool, _ := p.pools.Load(level)
	pool.(*sync.Pool).Put(fw)
}

// chunkWriter writes PNG chunks and keeps the first error.
type chunkWriter struct {
	w   io.Writer
	err error
}

func (c *chunkWriter) write(b []byte) {
	if c.err == nil {
		_, c.err = c.w.Write(b)
	}
}

func (c *chunkWriter) chunk(typ string, data []byte) {
	var hdr [8]byte
	binary.BigEndian.PutUint32(hdr[:4], uint32(len(data)))
	copy(hdr[4:], typ)
	crc := crc32.NewIEEE()
	crc.Write(hdr[4:])
	crc.Write(data)
	c.write(hdr[:])
	c.write(data)
	c.write(binary.BigEndian.AppendUint32(nil, crc.Sum32()))
}

// idat writes compressed data as IDAT chunks of at most 1 MB (decoders
// join them; a chunk must stay under 2 GB).
func (c *chunkWriter) idat(data []byte) {
	for len(data) > 0 {
		n := min(len(data), 1<<20)
		c.chunk("IDAT", data[:n])
		data = data[n:]
	}
}
