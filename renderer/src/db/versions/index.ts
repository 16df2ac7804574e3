/** Every schema version, in order. Append new versions; never edit or remove shipped ones. */
import type { SchemaVersion } from './types'
import v001 from './v001-initial'
import v002 from './v002-cases'
import v003 from './v003-documents'
import v004 from './v004-search-tokens'
import v005 from './v005-stat-digests'
import v006 from './v006-digest-blocks'

export const schemaVersions: readonly SchemaVersion[] = [v001, v002, v003, v004, v005, v006]

/** The newest schema this build knows. A database with a higher one is not touched. */
export const latestSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version

export type { SchemaVersion }
