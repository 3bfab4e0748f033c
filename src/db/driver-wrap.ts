// Kysely dialects and drivers with their connection hand-out wrapped; everything else passes through unchanged.
import type { DatabaseConnection, Dialect, Driver } from 'kysely';

/** How a wrapped driver hands connections out and takes them back; each gets the wrapped driver's own step. */
export interface ConnectionHooks {
  acquireConnection(inner: () => Promise<DatabaseConnection>): Promise<DatabaseConnection>;
  releaseConnection(connection: DatabaseConnection, inner: (connection: DatabaseConnection) => Promise<void>): Promise<void>;
}

/** `dialect` whose drivers are made by `wrap` around its own. */
export function wrapDialectDriver(dialect: Dialect, wrap: (driver: Driver) => Driver): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => wrap(dialect.createDriver()),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  };
}

/** `driver` with `hooks` around its acquire and release; transactions and savepoints go through it as they are. */
export function wrapConnections(driver: Driver, hooks: ConnectionHooks): Driver {
  return {
    init: () => driver.init(),
    acquireConnection: () => hooks.acquireConnection(() => driver.acquireConnection()),
    // The drivers send BEGIN/COMMIT through the connection they are given, so a wrapped connection sees them.
    beginTransaction: (c, s) => driver.beginTransaction(c, s),
    commitTransaction: (c) => driver.commitTransaction(c),
    rollbackTransaction: (c) => driver.rollbackTransaction(c),
    releaseConnection: (c) => hooks.releaseConnection(c, (inner) => driver.releaseConnection(inner)),
    destroy: () => driver.destroy(),
    ...(driver.savepoint ? { savepoint: driver.savepoint.bind(driver) } : {}),
    ...(driver.rollbackToSavepoint ? { rollbackToSavepoint: driver.rollbackToSavepoint.bind(driver) } : {}),
    ...(driver.releaseSavepoint ? { releaseSavepoint: driver.releaseSavepoint.bind(driver) } : {}),
  };
}
