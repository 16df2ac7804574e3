// CaseDesk boot (issue 7): a classic script in index.html's <head>, run while the app's bundle is
// still downloading. Opens the local database once and closes it, so the browser has read it from
// disk by the time the app opens it (the first open of a large database takes hundreds of ms on a
// loaded office PC). Never creates or changes a database: when there is none, the upgrade is
// aborted and nothing is left behind. The name must equal appDbName in src/db/app-db.ts (checked
// by tests/unit/renderer/db/warm-db.test.ts).
;(function warmDatabase(name) {
  try {
    if (typeof indexedDB === 'undefined') return
    var req = indexedDB.open(name)
    req.onupgradeneeded = function () {
      if (req.transaction) req.transaction.abort()
    }
    req.onsuccess = function () {
      req.result.close()
    }
    req.onerror = function (event) {
      event.preventDefault()
    }
  } catch (err) {
    // No IndexedDB here: the app reports it when it opens the database.
  }
})('casedesk')
