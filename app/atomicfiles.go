package app

import (
	"bytes"
	"errors"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"

	"github.com/aicamps/aicamps/views/export"
)

// Fyne's save dialog opens the chosen file with os.Create before the app's
// callback runs, so a failed or killed export used to leave the old picture
// truncated. atomicFiles wraps the "file" repository: its writers keep what
// is written in memory and, on Close, hand it to export.WriteFile (temporary
// file, sync, rename), the CLI's path. Until then the old file is untouched.
type atomicFiles struct{ inner repository.Repository }

// useAtomicFiles wraps the driver's file repository, once.
func useAtomicFiles() {
	inner, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := inner.(*atomicFiles); !done {
		repository.Register("file", &atomicFiles{inner})
	}
}

// atomicWriter is the file a save dialog hands over.
type atomicWriter struct {
	uri     fyne.URI
	buf     bytes.Buffer
	aborted bool
}

func (w *atomicWriter) URI() fyne.URI               { return w.uri }
func (w *atomicWriter) Write(p []byte) (int, error) { return w.buf.Write(p) }

// abort drops what was written: Close then leaves the old file as it was.
func (w *atomicWriter) abort() { w.aborted = true }

func (w *atomicWriter) Close() error {
	if w.aborted {
		return nil
	}
	return export.WriteFile(w.uri.Path(), func(out io.Writer) error {
		_, err := out.Write(w.buf.Bytes())
		return err
	})
}

var errNotSupported = errors.New("not supported by this file system")

func (r *atomicFiles) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &atomicWriter{uri: u}, nil
}

// The rest is the driver's repository.

func (r *atomicFiles) Exists(u fyne.URI) (bool, error)               { return r.inner.Exists(u) }
func (r *atomicFiles) Reader(u fyne.URI) (fyne.URIReadCloser, error) { return r.inner.Reader(u) }
func (r *atomicFiles) CanRead(u fyne.URI) (bool, error)              { return r.inner.CanRead(u) }
func (r *atomicFiles) Destroy(scheme string)                         { r.inner.Destroy(scheme) }

func (r *atomicFiles) CanWrite(u fyne.URI) (bool, error) {
	if w, ok := r.inner.(repository.WritableRepository); ok {
		return w.CanWrite(u)
	}
	return false, errNotSupported
}

func (r *atomicFiles) Delete(u fyne.URI) error {
	if w, ok := r.inner.(repository.WritableRepository); ok {
		return w.Delete(u)
	}
	return errNotSupported
}

func (r *atomicFiles) Appender(u fyne.URI) (fyne.URIWriteCloser, error) {
	if a, ok := r.inner.(repository.AppendableRepository); ok {
		return a.Appender(u)
	}
	return nil, errNotSupported
}

func (r *atomicFiles) Parent(u fyne.URI) (fyne.URI, error) {
	if h, ok := r.inner.(repository.HierarchicalRepository); ok {
		return h.Parent(u)
	}
	return repository.GenericParent(u)
}

func (r *atomicFiles) Child(u fyne.URI, name string) (fyne.URI, error) {
	if h, ok := r.inner.(repository.HierarchicalRepository); ok {
		return h.Child(u, name)
	}
	return repository.GenericChild(u, name)
}

func (r *atomicFiles) CanList(u fyne.URI) (bool, error) {
	if l, ok := r.inner.(repository.ListableRepository); ok {
		return l.CanList(u)
	}
	return false, nil
}

func (r *atomicFiles) List(u fyne.URI) ([]fyne.URI, error) {
	if l, ok := r.inner.(repository.ListableRepository); ok {
		return l.List(u)
	}
	return nil, errNotSupported
}

func (r *atomicFiles) CreateListable(u fyne.URI) error {
	if l, ok := r.inner.(repository.ListableRepository); ok {
		return l.CreateListable(u)
	}
	return errNotSupported
}

func (r *atomicFiles) DeleteAll(u fyne.URI) error {
	if d, ok := r.inner.(repository.DeleteAllRepository); ok {
		return d.DeleteAll(u)
	}
	return errNotSupported
}

func (r *atomicFiles) Copy(src, dst fyne.URI) error {
	if c, ok := r.inner.(repository.CopyableRepository); ok {
		return c.Copy(src, dst)
	}
	return repository.GenericCopy(src, dst)
}

func (r *atomicFiles) Move(src, dst fyne.URI) error {
	if m, ok := r.inner.(repository.MovableRepository); ok {
		return m.Move(src, dst)
	}
	return repository.GenericMove(src, dst)
}
