// IndexedDB for draft photos (jsdom has none); Blobs round-trip through it as in a browser.
import 'fake-indexeddb/auto'
