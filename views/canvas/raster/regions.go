package raster

import (
	"encoding/binary"
	"image"
	"math/bits"
	"slices"
)

// Camp regions overlap several deep: consecutive flat fills under one clip
// are painted as one op that walks every row once, each run of pixels
// blended through the tables of the regions over it, in order. One pass
// per region was a sixth of a big graph's frame.

// region is one flat fill of a regions op: its edges in the list's arena
// and its colour's table.
type region struct {
	i0, i1 int32
	lut    *lut
}

// maxRegions is how many regions one op holds: a bit each in a mask.
const maxRegions = 64

// regionScratch is a worker's memory for fillRegions.
type regionScratch struct {
	edges [maxRegions][]polyEdge
	evs   []regionEvent
	xs    []float64
}

type regionEvent struct {
	x   int
	bit uint64
}

// fillRegions fills each region (even–odd, sampled at pixel centres, no
// anti-aliasing) in order, in one walk of the rows. A pixel like the one
// before it under the same regions takes the result already worked out.
// When fresh, every pixel under the regions is bg (the picture was just
// cleared to it): a run under the same regions is written with one word,
// worked out once, without reading the pixels.
func fillRegions(img *image.RGBA, rs []region, all []polyEdge, bg uint32, fresh bool, sc *regionScratch) {
	b := img.Rect
	y0, y1 := b.Max.Y, b.Min.Y
	for k, r := range rs {
		sc.edges[k] = sc.edges[k][:0]
		ylo, yhi := float64(b.Min.Y)+0.5, float64(b.Max.Y)-0.5
		for _, e := range all[r.i0:r.i1] {
			if max(e.p.Y, e.n.Y) >= ylo && min(e.p.Y, e.n.Y) <= yhi {
				sc.edges[k] = append(sc.edges[k], e)
				y0 = min(y0, max(b.Min.Y, floorInt(min(e.p.Y, e.n.Y))))
				y1 = max(y1, min(b.Max.Y, ceilInt(max(e.p.Y, e.n.Y))))
			}
		}
	}
	var lastMask uint64 // fresh: the last run's regions and word
	var lastOut uint32
	for y := y0; y < y1; y++ {
		yc := float64(y) + 0.5
		sc.evs = sc.evs[:0]
		for k := range rs {
			sc.xs = crossings(sc.xs[:0], sc.edges[k], yc)
			for j := 0; j+1 < len(sc.xs); j += 2 {
				if xa, xb := spanPixels(sc.xs[j], sc.xs[j+1], b.Min.X, b.Max.X); xa < xb {
					sc.evs = append(sc.evs, regionEvent{xa, 1 << k}, regionEvent{xb, 1 << k})
				}
			}
		}
		if len(sc.evs) == 0 {
			continue
		}
		slices.SortFunc(sc.evs, func(a, b regionEvent) int { return a.x - b.x })
		evs := sc.evs
		var mask uint64
		row := img.Pix[img.PixOffset(b.Min.X, y):]
		for i := 0; i < len(evs); {
			x := evs[i].x
			for i < len(evs) && evs[i].x == x {
				mask ^= evs[i].bit // spans of one region never overlap
				i++
			}
			if mask == 0 || i == len(evs) {
				continue
			}
			seg := row[4*(x-b.Min.X) : 4*(evs[i].x-b.Min.X)]
			if fresh {
				if mask != lastMask {
					lastMask, lastOut = mask, through(rs, mask, bg)
				}
				fillWord(seg, lastOut)
				continue
			}
			var in, out uint32
			have := false
			for o := 0; o+4 <= len(seg); o += 4 {
				q := seg[o : o+4 : o+4]
				v := binary.LittleEndian.Uint32(q)
				if !have || v != in {
					in, out, have = v, through(rs, mask, v), true
				}
				binary.LittleEndian.PutUint32(q, out)
			}
		}
	}
}

// through is the pixel word v under the regions of mask, in order.
func through(rs []region, mask uint64, v uint32) uint32 {
	for m := mask; m != 0; m &= m - 1 {
		v = rs[bits.TrailingZeros64(m)].lut.of(v)
	}
	return v
}
