// CaseDesk boot (issue 7): a classic script in index.html's <head>, run while the app's bundle is
// still downloading. Opens the local database once and closes it, so the browser has read it from
// disk by the time the app opens it (the first open of a large database takes hundreds of ms on a
// loaded office PC). The data lives in the database named by the pointer database
// `<name>-active` (src/db/active.ts; a restore switches it), else in `<name>`. Never creates or
// changes a database: when one does not exist, its upgrade is aborted and nothing is left behind.
// The name must equal appDbName in src/db/app-db.ts (checked by
// tests/unit/renderer/db/warm-db.test.ts).
;(function warmDatabase(name) {
  function openExisting(dbName, then) {
    var req = indexedDB.open(dbName)
    req.onupgradeneeded = function () {
      if (req.transaction) req.transaction.abort()
    }
    req.onsuccess = function () {
      then(req.result)
    }
    req.onerror = function (event) {
      event.preventDefault()
      then(null)
    }
  }
  function warm(dbName) {
    openExisting(dbName, function (db) {
      if (db) db.close()
    })
  }
  try {
    if (typeof indexedDB === 'undefined') return
    openExisting(name + '-active', function (pointer) {
      if (!pointer) return warm(name)
      try {
        var get = pointer.transaction('pointer').objectStore('pointer').get('active')
        get.onsuccess = function () {
          pointer.close()
          var rec = get.result
          warm(rec && typeof rec.name === 'string' && rec.name ? rec.name : name)
        }
        get.onerror = function (event) {
          event.preventDefault()
          pointer.close()
          warm(name)
        }
      } catch (err) {
        pointer.close()
        warm(name)
      }
    })
  } catch (err) {
    // No IndexedDB here: the app reports it when it opens the database.
  }
})('casedesk')
