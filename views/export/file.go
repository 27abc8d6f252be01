package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
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
	return writeFile(path, write, os.CreateTemp)
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
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
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
	// CreateTemp makes the file 0600; a picture should be as readable as any other file.
	_ = os.Chmod(tmp.Name(), 0o644)
	if err = os.Rename(tmp.Name(), path); err != nil {
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
