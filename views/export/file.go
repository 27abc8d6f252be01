package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// WriteFile writes a file atomically: into a temporary file in the same
// folder, synced, then renamed over path. On any error the temporary file is
// removed and an existing file at path is left as it was, so an interrupted
// export never leaves half a picture behind.
func WriteFile(path string, write func(io.Writer) error) error {
	if os.Getenv(testBlockWrite) == "1" {
		write = blockHalfway(write)
	}
	return writeFile(path, write, createTemp644)
}

// inFlight is every temporary file a WriteFile is filling, so that Abort
// (the CLI's Ctrl-C) can remove them: the process's files on disk are
// process-wide, so this one registry is too.
var inFlight = struct {
	sync.Mutex
	files   map[string]bool
	aborted bool
}{files: map[string]bool{}}

// Abort removes the temporary files of the writes in progress and makes
// them fail rather than rename: after it, no WriteFile replaces a file. The
// CLI calls it on SIGINT/SIGTERM just before it exits; it returns how many
// unfinished files it removed.
func Abort() int {
	inFlight.Lock()
	defer inFlight.Unlock()
	inFlight.aborted = true
	n := 0
	for name := range inFlight.files {
		if os.Remove(name) == nil {
			n++
		}
		delete(inFlight.files, name)
	}
	return n
}

// errAborted is a write that Abort stopped.
var errAborted = errors.New("interrupted")

func track(name string) error {
	inFlight.Lock()
	defer inFlight.Unlock()
	if inFlight.aborted {
		return errAborted
	}
	inFlight.files[name] = true
	return nil
}

// rename renames the temporary file over path unless Abort came first;
// under the lock, so that a file is either renamed or removed, never both.
func rename(tmp, path string) error {
	inFlight.Lock()
	defer inFlight.Unlock()
	delete(inFlight.files, tmp)
	if inFlight.aborted {
		return errAborted
	}
	return os.Rename(tmp, path)
}

func untrack(name string) {
	inFlight.Lock()
	defer inFlight.Unlock()
	delete(inFlight.files, name)
}

// createTemp644 is os.CreateTemp with mode 0644 rather than 0600, the umask
// applied by the system: a new picture is as readable as any file the user
// makes.
func createTemp644(dir, pattern string) (*os.File, error) {
	pre, suf, _ := cutLast(pattern, "*")
	var err error
	for i := 0; i < 100; i++ {
		name := filepath.Join(dir, pre+strconv.FormatUint(uint64(rand.Uint32()), 10)+suf)
		var f *os.File
		if f, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644); !os.IsExist(err) {
			return f, err
		}
	}
	return nil, err
}

func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// testBlockWrite names a test hook, not a feature: with it set to 1,
// WriteFile writes half of the file into the temporary file and then blocks,
// so that e2e tests can kill the process mid-write and check that the
// destination is untouched.
const testBlockWrite = "AICAMPS_TEST_BLOCK_WRITE"

func blockHalfway(write func(io.Writer) error) func(io.Writer) error {
	return func(w io.Writer) error {
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			return err
		}
		if _, err := w.Write(buf.Bytes()[:buf.Len()/2]); err != nil {
			return err
		}
		for { // sleep, not select{}: a lone blocked goroutine is a fatal deadlock
			time.Sleep(time.Hour)
		}
	}
}

// createTemp is the seam tests use to make the file fail or block mid-write.
type createTemp func(dir, pattern string) (*os.File, error)

func writeFile(path string, write func(io.Writer) error, create createTemp) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := create(dir, "."+base+".*.tmp")
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err // its path is the random temporary name: say the folder
		}
		return fmt.Errorf("cannot write in %s: %w", filepath.Clean(dir), err)
	}
	if err = track(tmp.Name()); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			untrack(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return onPath(err, tmp.Name(), path)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", path, onPath(err, tmp.Name(), path))
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, onPath(err, tmp.Name(), path))
	}
	// A file replaced keeps its mode (a private 0600 file stays private);
	// a new one has the 0644 less umask it was created with.
	if st, serr := os.Stat(path); serr == nil && st.Mode().IsRegular() {
		_ = os.Chmod(tmp.Name(), st.Mode().Perm())
	}
	if err = rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// onPath names the destination instead of the hidden temporary file in an
// I/O error ("no space left on device" on ".x.png.123.tmp" puzzles people).
func onPath(err error, tmp, path string) error {
	var pe *os.PathError
	if errors.As(err, &pe) && pe.Path == tmp {
		return &os.PathError{Op: pe.Op, Path: path, Err: pe.Err}
	}
	return err
}
