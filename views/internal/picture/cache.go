// Package picture is the picture cache behind the network's and the
// timeline's rasters: the last full drawing (the base) is kept, shown moved
// while a pan or zoom is under way (a full redraw of a big scene takes
// longer than a pointer step), and drawn afresh once the gesture rests.
package picture

import (
	"image"
	"time"
)

// Key is what a base picture was drawn for: the widget's scene version,
// which the widget bumps on every change that alters the picture except a
// pan or zoom, and the size in pixels.
type Key struct {
	Version int
	W, H    int
}

// Cache holds a widget's base picture. K is what the base was drawn for (a
// Key, or a struct holding one); V is the view it was drawn at (a pan and
// zoom, a time range), which a gesture changes.
//
// Concurrency: a Cache belongs to the UI goroutine and has no lock. Fyne
// delivers events, runs renderers' Refresh and Layout and calls a raster's
// generator on that one goroutine, and fyne.Do brings other goroutines'
// work to it; the settle timer's goroutine only hands a function to Do.
type Cache[K, V comparable] struct {
	draw func(K) (*image.RGBA, error)
	move func(base *image.RGBA, from, to V) *image.RGBA

	base   *image.RGBA
	baseK  K
	baseAt V
	// moved is the last moved picture, at movedAt: Fyne asks again for the
	// same frame without a change (a resize of a neighbour, an expose).
	moved   *image.RGBA
	movedAt V

	moving   bool // a gesture is under way: base moves rather than redraws
	steps    int  // gesture steps so far: an older step's timer finds it changed
	settling Settling
}

// SettleDelay is how long after the last pan or zoom step the widgets draw
// afresh; until then the base is moved.
const SettleDelay = 150 * time.Millisecond

// Settling makes a cache settle by itself: Delay after the last gesture
// step, on the UI goroutine, it stops moving and asks for a full drawing.
type Settling struct {
	Delay time.Duration
	// After runs f on another goroutine after d; nil is time.AfterFunc.
	After func(d time.Duration, f func())
	// Do hands f to the UI goroutine (fyne.Do).
	Do func(f func())
	// Refresh asks Fyne for the picture again (the raster's Refresh).
	Refresh func()
}

// New is a cache that draws its base with draw and moves it with move.
// Until SettleBy it settles only when told (Settle), as tests want: the
// test driver runs fyne.Do in place, on the timer's goroutine.
func New[K, V comparable](draw func(K) (*image.RGBA, error), move func(base *image.RGBA, from, to V) *image.RGBA) *Cache[K, V] {
	return &Cache[K, V]{draw: draw, move: move}
}

// SettleBy makes the cache settle by itself, as s says; a Settling
// without Do leaves it to Settle again.
func (c *Cache[K, V]) SettleBy(s Settling) {
	if s.After == nil {
		s.After = func(d time.Duration, f func()) { time.AfterFunc(d, f) }
	}
	c.settling = s
}

// Picture is the picture for key at the view at: the base when it was drawn
// for both; the base moved to at while a gesture is under way and the key
// is the same; else a fresh drawing, which becomes the base. moved reports
// a moved base, which Settle will replace.
func (c *Cache[K, V]) Picture(key K, at V) (img *image.RGBA, moved bool, err error) {
	if c.base != nil && key == c.baseK {
		if at == c.baseAt {
			return c.base, false, nil
		}
		if c.moving {
			if c.moved == nil || at != c.movedAt {
				c.moved, c.movedAt = c.move(c.base, c.baseAt, at), at
			}
			return c.moved, true, nil
		}
	}
	img, err = c.draw(key)
	if err != nil {
		return nil, false, err
	}
	c.base, c.baseK, c.baseAt, c.moved = img, key, at, nil
	return img, false, nil
}

// Gesture records a pan or zoom step: the base moves until the gesture
// rests.
func (c *Cache[K, V]) Gesture() {
	c.moving = true
	c.steps++
	s := c.settling
	if s.Do == nil {
		return
	}
	step := c.steps
	s.After(s.Delay, func() {
		s.Do(func() {
			if step == c.steps {
				c.Settle()
			}
		})
	})
}

// Settle ends the gesture: the next Picture draws afresh at the view it is
// given, and the raster is asked for it.
func (c *Cache[K, V]) Settle() {
	c.moving, c.moved = false, nil
	if c.settling.Refresh != nil {
		c.settling.Refresh()
	}
}

// Moving reports a gesture under way.
func (c *Cache[K, V]) Moving() bool { return c.moving }

// Base is the base picture, nil before the first drawing or after Drop:
// the widget must not draw over it.
func (c *Cache[K, V]) Base() *image.RGBA { return c.base }

// Drop forgets the base (the widget showed something else: a message).
func (c *Cache[K, V]) Drop() { c.base, c.moved = nil, nil }
