/**
 * Runs in the page (give it to page.addInitScript): the most DOM nodes in any animation frame
 * since the page started, kept in `window.__maxNodes`.
 */
export function watchNodes() {
  window.__maxNodes = 0
  const sample = () => {
    const n = document.getElementsByTagName('*').length
    if (n > window.__maxNodes) window.__maxNodes = n
    window.requestAnimationFrame(sample)
  }
  window.requestAnimationFrame(sample)
}
