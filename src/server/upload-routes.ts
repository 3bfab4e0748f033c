// Upload routes the modules declare (`uploads` on their descriptor): multipart, field `file`, stored and queued at once.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../core/auth/types.js';
import type { AppContext } from '../core/context.js';
import { AppError } from '../core/errors.js';
import { uploadAcceptedSchema } from '../core/upload-schemas.js';
import { isAccepted, MAX_UPLOAD_BYTES, storeUpload, type UploadDeclaration } from '../core/uploads.js';
import type { DeclaredUpload } from './assemble.js';

/** The multipart field that carries the file. */
export const FILE_FIELD = 'file';

/** Fastify's multipart limits besides the file size: one file, a few small fields, nothing more. */
const PART_LIMITS = { files: 1, fields: 10, fieldSize: 4096, parts: 12, headerPairs: 100 };

const mib = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;

/**
 * Registers every declared upload route in one encapsulated scope with @fastify/multipart, so multipart bodies are
 * parsed there only. Each has its own file-size limit (the declaration's maxBytes), apart from the 1 MiB JSON limit.
 */
export const uploadRoutes: FastifyPluginAsync<{ ctx: AppContext; uploads: readonly DeclaredUpload[] }> = async (app, { ctx, uploads }) => {
  if (uploads.length === 0) return;
  await app.register(fastifyMultipart, { limits: { ...PART_LIMITS, fileSize: MAX_UPLOAD_BYTES } });
  for (const declaration of uploads) registerUploadRoute(app, ctx, declaration);
};

function registerUploadRoute(base: FastifyInstance, ctx: AppContext, declaration: DeclaredUpload): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const maxBytes = Math.min(declaration.maxBytes ?? MAX_UPLOAD_BYTES, MAX_UPLOAD_BYTES);
  app.post(declaration.path, {
    config: { roles: declaration.roles, streamedBody: true },
    schema: {
      operationId: declaration.operationId ?? defaultOperationId(declaration),
      tags: [declaration.module],
      summary:
        declaration.summary ??
        `Upload a file (${declaration.accept.join(', ')}, at most ${mib(maxBytes)}) as multipart/form-data in the field \`${FILE_FIELD}\`; it is processed by a job`,
      consumes: ['multipart/form-data'],
      // Describes the multipart body for the API document; the handler reads the parts itself.
      body: z.object({ [FILE_FIELD]: z.file().describe(`Accepted: ${declaration.accept.join(', ')}; at most ${maxBytes} bytes.`) }),
      response: { 202: uploadAcceptedSchema },
    },
    // The body is a stream the handler reads; there is nothing to validate before it runs.
    validatorCompiler: () => (data) => ({ value: data }),
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const file = await readOneFile(request, declaration, maxBytes);
    const upload = await ctx.db.transaction().execute((trx) =>
      storeUpload({ db: trx, dialect: ctx.dialect, clock: ctx.clock }, {
        workspaceId: auth.workspaceId,
        filename: file.filename,
        contentType: file.contentType,
        content: file.content,
        purpose: declaration.purpose,
        createdBy: auth.userId ?? auth.tokenId,
      }, declaration.job),
    );
    ctx.jobSignal.notify();
    return reply.code(202).header('location', `/api/uploads/${upload.id}`).send({ upload_id: upload.id, status: upload.status });
  });
}

/** `uploadPharmacyContacts` for the purpose `pharmacy.contacts`. */
function defaultOperationId(declaration: UploadDeclaration): string {
  const words = declaration.purpose.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return `upload${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}`;
}

/**
 * Reads the one file of a multipart request, with errors that name the problem: not multipart (415), no file or a
 * file in another field (400), more than one file (400), too large (413), empty (400), a type not accepted (415).
 */
async function readOneFile(
  request: FastifyRequest,
  declaration: UploadDeclaration,
  maxBytes: number,
): Promise<{ filename: string; contentType: string; content: Buffer }> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', `send the file as multipart/form-data in the field "${FILE_FIELD}"`, {
      context: { content_type: request.headers['content-type'] ?? null },
    });
  }
  let found: { filename: string; contentType: string; content: Buffer } | undefined;
  try {
    for await (const part of request.parts({ limits: { ...PART_LIMITS, fileSize: maxBytes } })) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== FILE_FIELD) {
        part.file.resume();
        throw new AppError('bad_request', `the file must be in the multipart field "${FILE_FIELD}", not "${part.fieldname}"`, {
          context: { field: part.fieldname },
        });
      }
      found = { filename: part.filename, contentType: part.mimetype, content: await part.toBuffer() };
    }
  } catch (error) {
    throw multipartError(error, maxBytes);
  }
  if (!found) throw new AppError('bad_request', `no file: send it in the multipart field "${FILE_FIELD}"`, { context: { field: FILE_FIELD } });
  if (found.content.length === 0) throw new AppError('bad_request', `the file ${found.filename} is empty`, { context: { filename: found.filename } });
  if (!isAccepted(declaration.accept, found)) {
    throw new AppError('unsupported_media_type', `${found.filename} (${found.contentType}) is not accepted here; send ${declaration.accept.join(', ')}`, {
      context: { filename: found.filename, content_type: found.contentType, accept: declaration.accept },
    });
  }
  return found;
}

/** @fastify/multipart's errors, in words that say what to change. */
function multipartError(error: unknown, maxBytes: number): unknown {
  if (error instanceof AppError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('payload_too_large', `the file is larger than ${mib(maxBytes)} (${maxBytes} bytes), the limit for this upload`, {
        context: { max_bytes: maxBytes },
      });
    case 'FST_FILES_LIMIT':
      return new AppError('bad_request', `send one file per request, in the field "${FILE_FIELD}"`);
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError('bad_request', `too many form fields: send only the file, in the field "${FILE_FIELD}"`);
    case 'FST_MP_PREMATURE_CLOSE':
      return new AppError('bad_request', 'the upload was cut off before the file was complete');
    default:
      // Everything read in that loop is the request body: a malformed one is the caller's problem, not ours.
      return new AppError('bad_request', `could not read the multipart body: ${error instanceof Error ? error.message : String(error)}`);
  }
}
