// The index behind the business search (part of a name, email, phone, city or website): a trigram index, so that a
// fragment anywhere in the text is found without reading every business.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../../../db/database.js';

/**
 * SQLite: an FTS5 table with the trigram tokenizer holding each business's search text, kept equal to crm_businesses
 * by triggers (in the writing statement's transaction) and keyed by the business's rowid, which SQLite keeps for the
 * life of a row. PostgreSQL: a pg_trgm GIN index on the search text, which the planner uses for the LIKE itself
 * (pg_trgm ships with PostgreSQL and is a trusted extension: a database owner may create it).
 */
export async function createSearchIndex(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index crm_businesses_search on crm_businesses using gin (search_text gin_trgm_ops)`.execute(db);
    return;
  }
  await sql`create virtual table crm_business_search using fts5(search_text, tokenize = 'trigram')`.execute(db);
  await sql`create trigger crm_business_search_insert after insert on crm_businesses for each row begin
    insert into crm_business_search (rowid, search_text) values (new.rowid, new.search_text); end`.execute(db);
  await sql`create trigger crm_business_search_update after update of search_text on crm_businesses for each row begin
    update crm_business_search set search_text = new.search_text where rowid = old.rowid; end`.execute(db);
  await sql`create trigger crm_business_search_delete after delete on crm_businesses for each row begin
    delete from crm_business_search where rowid = old.rowid; end`.execute(db);
  await sql`insert into crm_business_search (rowid, search_text) select rowid, search_text from crm_businesses`.execute(db);
}
