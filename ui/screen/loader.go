package screen

// Loader is a page that reads its data when it opens. While Loading
// reports true, the root holds the keys pressed for the page and applies
// them, in order, once it has loaded (or failed to: an error shown counts
// as loaded), so a fast typist or a scripted demo loses no key.
type Loader interface {
	Loading() bool
}
