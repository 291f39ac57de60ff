// The language server: wires the analysis core to an LSP connection. Only this layer
// knows LSP; the core answers in offsets and plain data.
// Run it in any editor as: node server/out/server.js --stdio

import {
  type CodeLensParams, type DefinitionParams, type DidChangeConfigurationParams, type DidChangeWatchedFilesParams,
  type DocumentHighlightParams, type DocumentSymbolParams, type HoverParams, type InlayHintParams,
  type ReferenceParams, type WorkspaceSymbolParams, type WorkspaceFoldersChangeEvent, type CodeActionParams, type ExecuteCommandParams,
  DidChangeWatchedFilesNotification, Command, createConnection, Diagnostic, DiagnosticSeverity, DocumentSymbol, InlayHint, Location,
  MarkupKind, ProposedFeatures, ResponseError, SymbolKind, TextDocumentSyncKind, ErrorCodes,
  type InitializeParams, type InitializeResult, type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocuments } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { ChangeSet } from './core/corpus';
import type { Span } from './core/model';
import { articleDiagnostics, conflictDiagnostics, type Severity } from './core/service/diagnostics';
import { headlineLens, relativeDateHints } from './core/service/editorAids';
import { hoverAt } from './core/service/hover';
import { definitionAt, highlightsAt, referencesAt } from './core/service/navigation';
import { offsetAt, rangeOf } from './core/service/positions';
import { documentSymbols, type SymbolNode } from './core/service/symbols';
import { ArticleIndexer, filtersKey } from './lsp/articleIndexer';
import { Annotations } from './lsp/annotations';
import { annotationCodeActions, annotationHoverMarkdown, runAnnotationCommand } from './lsp/annotationHandlers';
import { readArticleFile, readArticleFileSync } from './files/readArticleFile';
import { innermostFolder } from './files/innermostFolder';
import { AnalysisCache, cacheDirFor } from './lsp/analysisCache';
import { preloadAnalyzer } from './lsp/analyzer';

declare const __CORE_HASH__: string | undefined;
import { describeConflicts, describeEntities, describeEntity } from './lsp/customRequests';
import { SettingsCache, DEFAULT_SETTINGS, type Settings } from './lsp/settings';
import { AnnotationCommands, AnnotationRequests, Notifications, Requests, type AnnotationsParams, type EntitiesParams } from './protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let settings!: SettingsCache;
let workspaceFolders: { uri: string; name: string }[] = [];
let supportsProgress = false;
let supportsWatchRegistration = false;
let shuttingDown = false;

const published = new Set<string>();
const pendingPublish = new Set<string>();
let publishTimer: NodeJS.Timeout | undefined;
let statsTimer: NodeJS.Timeout | undefined;
const editTimers = new Map<string, NodeJS.Timeout>();
let progress: WorkDoneProgressServerReporter | undefined;
let progressReported = 0;
/** The last count of the index running, also while the client is still creating the progress. */
let progressCount: [done: number, total: number] | undefined;
let indexRun: Promise<void> = Promise.resolve();
let indexedFilters = '';

const indexer = new ArticleIndexer({
  log: (m) => connection.console.log(m),
  changed: (change: ChangeSet) => {
    for (const u of change.uris) pendingPublish.add(u);
    schedulePublish();
  },
  progress: (done, total) => {
    // At most every 100 ms, and the last count: a warm start of 10,000 cached articles takes
    // less than a second, and a notification per batch cost it tens of milliseconds.
    progressCount = [done, total];
    const now = Date.now();
    if (done !== total && done !== 0 && now - progressReported < 100) return;
    progressReported = now;
    reportProgress();
  },
});

function reportProgress(): void {
  if (!progress || !progressCount) return;
  const [done, total] = progressCount;
  progress.report(total ? Math.floor((done / total) * 100) : 0, `${done}/${total} articles`);
}

const annotations = new Annotations({
  log: (m) => connection.console.log(m),
  readText: async (uri) => {
    const open = documents.get(uri)?.getText() ?? indexer.openText(uri);
    if (open !== undefined) return open;
    if (!uri.startsWith('file:')) return undefined;
    const r = await readArticleFile(URI.parse(uri).fsPath);
    return 'text' in r ? r.text : undefined;
  },
});
let readOnly = false;
let clientCommands = false;
/** The editor's storage folder for this workspace, where the analysis cache lives. */
let storagePath: string | undefined;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

/** Runs a handler so that one exception is logged and answered, never fatal. */
function guard<P, R>(name: string, fallback: R, fn: (p: P) => R | Promise<R>): (p: P) => Promise<R | ResponseError<void>> {
  return async (p: P) => {
    // LSP: after shutdown, every request but exit is an invalid request.
    if (shuttingDown) return new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down');
    try {
      return await fn(p);
    } catch (e) {
      connection.console.error(`${name} failed: ${(e as Error).stack ?? e}`);
      return new ResponseError(ErrorCodes.InternalError, `${name} failed: ${(e as Error).message}`);
    }
  };
}

/** The same for notifications: nothing to answer, so the error is only logged. */
function guardNotification<P>(name: string, fn: (p: P) => unknown): (p: P) => Promise<void> {
  return async (p: P) => {
    try {
      await fn(p);
    } catch (e) {
      connection.console.error(`${name} failed: ${(e as Error).stack ?? e}`);
    }
  };
}

/** Folder paths, parsed once per set of workspace folders: publishing asks for thousands of files. */
let folderPaths: { of: typeof workspaceFolders; paths: { uri: string; path: string }[] } | undefined;

function folderOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  if (folderPaths?.of !== workspaceFolders) folderPaths = { of: workspaceFolders, paths: workspaceFolders.map((f) => ({ uri: f.uri, path: URI.parse(f.uri).fsPath })) };
  return innermostFolder(URI.parse(uri).fsPath, folderPaths.paths)?.uri;
}

function settingsFor(uri: string): Promise<Settings> {
  return settings.get(folderOf(uri) ?? uri);
}

function range(uri: string, span: Span) {
  const a = indexer.corpus.get(uri);
  return rangeOf(a ? a.lineStarts : [0], span);
}

function offsetOf(uri: string, pos: { line: number; character: number }): number | undefined {
  const a = indexer.corpus.get(uri);
  return a ? offsetAt(a.lineStarts, a.length, pos) : undefined;
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  settings = new SettingsCache(connection, !!caps.workspace?.configuration);
  settings.setInitializationOptions(params.initializationOptions);
  // The VS Code client says when the workspace is not trusted: then nothing is written.
  const init = params.initializationOptions as { trusted?: boolean; clientCommands?: boolean; storagePath?: string } | undefined;
  storagePath = typeof init?.storagePath === 'string' && init.storagePath ? init.storagePath : undefined;
  readOnly = init?.trusted === false;
  // The VS Code client has commands that ask for a reason; other editors get direct actions.
  clientCommands = init?.clientCommands === true;
  supportsProgress = !!caps.window?.workDoneProgress;
  supportsWatchRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  // Without a cache to answer from, the first index analyses every file: a worker gets ready meanwhile.
  const cache = analysisCache();
  if (!cache) indexer.startWorker();
  else void cache.then((c) => c.known || indexer.startWorker(), () => undefined);
  indexer.walkAhead(workspaceFolders.map((f) => ({ uri: f.uri, settings: settings.likely })));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: true,
      executeCommandProvider: { commands: Object.values(AnnotationCommands) },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'corroborate', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  // Not awaited: the first index need not wait for the client's answer.
  if (supportsWatchRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*' }],
    }).catch(() => undefined);
  }
  connection.workspace.onDidChangeWorkspaceFolders((e: WorkspaceFoldersChangeEvent) => {
    workspaceFolders = workspaceFolders.filter((f) => !e.removed.some((r) => r.uri === f.uri)).concat(e.added);
    void reindex();
  });
  await reindex();
});

let loadedCache: { dir: string; ready: Promise<AnalysisCache> } | undefined;

/**
 * The analysis cache for the current workspace folders. Loading starts at initialize, so
 * reading it overlaps the client's first round trips; a re-index reuses the loaded one.
 */
function analysisCache(): Promise<AnalysisCache> | undefined {
  if (!storagePath || !workspaceFolders.length) return undefined;
  const dir = cacheDirFor(storagePath, workspaceFolders.map((f) => f.uri));
  if (loadedCache?.dir !== dir) {
    const cache = new AnalysisCache(dir, `${typeof __CORE_HASH__ === 'string' ? __CORE_HASH__ : 'dev'}`);
    loadedCache = {
      dir,
      ready: cache.load().then((n) => {
        if (n) connection.console.log(`Analysis cache: ${n} articles in ${storagePath}.`);
        return cache;
      }),
    };
  }
  return loadedCache.ready;
}

/** Full re-index, one at a time: a request while one runs queues behind it. */
function reindex(): Promise<void> {
  indexRun = indexRun.then(runIndex, runIndex);
  return indexRun;
}

async function folderSettings(): Promise<{ uri: string; settings: Settings }[]> {
  return Promise.all(workspaceFolders.map(async (f) => ({ uri: f.uri, settings: await settings.get(f.uri) })));
}

async function runIndex(): Promise<void> {
  settings.changed();
  const folders = await folderSettings();
  indexedFilters = filtersKey(folders);
  const first = folders[0]?.settings ?? DEFAULT_SETTINGS;
  for (const u of indexer.corpus.setOptions({ titleWindowDays: first.titleWindowDays }).uris) pendingPublish.add(u);
  // The folders are walked while the cache loads and the saved corpus is restored.
  const foldersSet = indexer.setFolders(folders);
  foldersSet.catch(() => undefined); // indexAll awaits it and reports a failure; until then it must not count as unhandled
  // Annotations load while the index builds: diagnostics and the conflict count wait for them
  // below. A sidecar that cannot be read is reported and leaves no review in force.
  annotationsLoaded = false;
  const annotationsSet = annotations.setFolders(workspaceFolders, readOnly).catch((e: unknown) => {
    connection.console.error(`Corroborate: could not load annotations: ${e instanceof Error ? e.message : String(e)}`);
  });
  loadingAnnotations = annotationsSet;
  void annotationsSet.then(() => {
    if (loadingAnnotations === annotationsSet) annotationsLoaded = true; // a later index's load is still under way otherwise
  });
  indexer.useCache(analysisCache());
  // The client's answer to "create a progress" is not waited for: the index starts now and
  // reports once the progress exists (a warm start may be over before that).
  let indexed = false;
  progressCount = undefined;
  const reporterReady = supportsProgress ? connection.window.createWorkDoneProgress().catch(() => undefined) : Promise.resolve(undefined);
  void reporterReady.then((reporter) => {
    if (!reporter) return;
    if (indexed) return reporter.done();
    reporter.begin('Corroborate: indexing articles', 0, 'finding files…', false);
    progress = reporter;
    reportProgress(); // the count so far, when the index got ahead of the client
  });
  indexer.indexing = true; // clients see "indexing" from the first count on
  sendStats();
  try {
    await indexer.indexAll(foldersSet);
    for (const d of documents.all()) if (indexer.isArticle(d.uri, d.languageId)) indexer.update(d.uri, d.getText());
  } finally {
    indexed = true;
    if (progress) {
      progress.done();
      progress = undefined;
    }
  }
  await annotationsSet;
  publishEverything();
  sendStats(true);
  // The first edit would otherwise wait for the analysis core to load (workers or the cache did
  // the index): it loads once the diagnostics are out.
  setTimeout(preloadAnalyzer, 1000).unref();
}

/** New settings: re-index only when the set of files changes; otherwise re-publish. */
async function settingsChanged(): Promise<void> {
  settings.changed();
  const folders = await folderSettings();
  const filters = filtersKey(folders);
  if (filters !== indexedFilters) return reindex();
  const first = folders[0]?.settings ?? DEFAULT_SETTINGS;
  indexer.corpus.setOptions({ titleWindowDays: first.titleWindowDays });
  publishEverything();
  sendStats();
}

/**
 * Every article that has or had diagnostics: conflict sides, articles with warnings or
 * annotations, and those published before. The other thousands have nothing to send.
 */
function publishEverything(): void {
  for (const c of indexer.corpus.allConflicts()) for (const side of c.sides) pendingPublish.add(side.uri);
  for (const u of indexer.corpus.uris()) if (indexer.corpus.get(u)!.warnings.length) pendingPublish.add(u);
  for (const u of annotations.annotatedUris()) pendingPublish.add(u);
  for (const u of published) pendingPublish.add(u);
  schedulePublish(0);
}

function schedulePublish(delay = 10): void {
  if (indexer.indexing && delay > 0) return; // published once the first index is complete
  if (publishTimer) clearTimeout(publishTimer);
  publishTimer = setTimeout(() => void publishPending(), delay);
}

async function publishPending(): Promise<void> {
  publishTimer = undefined;
  const uris = [...pendingPublish];
  pendingPublish.clear();
  const reviews = annotations.reviews(); // once per batch, not once per article
  for (const uri of uris) {
    if (shuttingDown) return;
    const diagnostics = await diagnosticsFor(uri, reviews);
    if (!diagnostics.length && !published.has(uri)) continue;
    if (diagnostics.length) published.add(uri);
    else published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics });
  }
  if (statsTimer) clearTimeout(statsTimer);
  statsTimer = setTimeout(sendStats, 200);
}

async function diagnosticsFor(uri: string, reviews: ReadonlyMap<string, unknown>): Promise<Diagnostic[]> {
  const a = indexer.corpus.get(uri);
  if (!a) return [];
  const s = await settingsFor(uri);
  const out: Diagnostic[] = conflictDiagnostics(indexer.corpus, uri, s.diagnostics, (id) => reviews.has(id)).map((d) => ({
    range: range(uri, d.span),
    severity: SEVERITY[d.severity],
    source: 'corroborate',
    code: d.code,
    message: d.message,
    relatedInformation: d.related.map((r) => ({ location: Location.create(r.uri, range(r.uri, r.span)), message: r.message })),
    data: { conflictId: d.conflictId },
  }));
  for (const d of articleDiagnostics(a.warnings, s.diagnostics)) out.push({ range: range(uri, d.span), severity: SEVERITY[d.severity], source: 'corroborate', code: d.code, message: d.message });
  for (const o of (await annotations.anchorsIn(uri)).orphaned) {
    const info = annotations.info(o.annotation);
    const what = info.note ? `note "${info.note}"` : `tags ${info.tags.map((t) => '#' + t).join(' ')}`;
    out.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'corroborate',
      code: 'orphanedAnnotation', message: `An annotation lost its passage (${o.reason}): "${info.quote}" — ${what}`, data: { annotationId: info.id },
    });
  }
  return out;
}

/** False while annotations load: until then a reviewed conflict would count as open. */
let annotationsLoaded = false;
let loadingAnnotations: Promise<void> | undefined;

/** Counts for the status bar: reviewed conflicts no longer count as conflicts (none while annotations load). */
function statsNow() {
  const stats = indexer.corpus.stats();
  const reviews = annotations.reviews();
  const open = !annotationsLoaded ? 0 : reviews.size ? indexer.corpus.allConflicts().filter((c) => !reviews.has(c.id)).length : stats.conflicts;
  return { ...stats, conflicts: open, indexing: indexer.indexing };
}

let lastStats = 0;
let lastIndexing: boolean | undefined;

/**
 * Counts walk every entity: sent at most about once a second, never in an edit's way.
 * `force` is for the end of an index, which clients wait for.
 */
function sendStats(force = false): void {
  if (statsTimer) clearTimeout(statsTimer);
  statsTimer = undefined;
  const wait = lastStats + 1000 - Date.now();
  if (!force && wait > 0 && lastIndexing === indexer.indexing) {
    statsTimer = setTimeout(sendStats, wait);
    return;
  }
  lastStats = Date.now();
  lastIndexing = indexer.indexing;
  void connection.sendNotification(Notifications.statsChanged, statsNow());
}

documents.onDidOpen((e: { document: TextDocument }) => {
  if (!indexer.isArticle(e.document.uri, e.document.languageId)) return;
  indexer.opened(e.document.uri, e.document.getText());
  indexer.update(e.document.uri, e.document.getText());
});

documents.onDidChangeContent((e: { document: TextDocument }) => {
  const uri = e.document.uri;
  if (!indexer.isArticle(uri, e.document.languageId)) return;
  indexer.edited(uri, e.document.getText());
  // Re-analyse once typing pauses; only this article and the entities it touches change.
  const t = editTimers.get(uri);
  if (t) clearTimeout(t);
  editTimers.set(uri, setTimeout(() => {
    editTimers.delete(uri);
    const text = indexer.openText(uri);
    if (text !== undefined) indexer.update(uri, text);
  }, 30));
});

documents.onDidClose((e: { document: TextDocument }) => {
  if (!indexer.corpus.get(e.document.uri) && !indexer.isArticle(e.document.uri, e.document.languageId)) return;
  void indexer.closed(e.document.uri);
});

connection.onDidChangeWatchedFiles(guardNotification('didChangeWatchedFiles', async (params: DidChangeWatchedFilesParams) => {
  for (const change of params.changes) {
    if (annotations.isSidecar(change.uri)) {
      await annotations.reload();
      await annotationsChanged();
      continue;
    }
    if (change.type === 3 /* Deleted */) indexer.removed(change.uri);
    else if (!documents.get(change.uri)) await indexer.fromDisk(change.uri);
    if (/\.gitignore$/.test(change.uri)) await reindex();
  }
}));

connection.onDidChangeConfiguration(guardNotification('didChangeConfiguration', async (params: DidChangeConfigurationParams) => {
  settings.changed(params.settings);
  await indexRun;
  await settingsChanged();
}));

connection.onHover(guard('hover', null, async (p: HoverParams) => {
  if (!(await settingsFor(p.textDocument.uri)).hover) return null;
  const offset = offsetOf(p.textDocument.uri, p.position);
  if (offset === undefined) return null;
  const uri = p.textDocument.uri;
  const reviews = annotations.reviews();
  const h = hoverAt(indexer.corpus, uri, offset, (id) => reviews.get(id));
  const notes = await annotationHoverMarkdown(annotations, uri, offset, h?.entity, documents.get(uri)?.getText());
  if (!h && !notes.markdown) return null;
  const value = [h?.markdown, notes.markdown].filter(Boolean).join('\n\n---\n\n');
  const span = h?.span ?? notes.span!;
  return { contents: { kind: MarkupKind.Markdown, value }, range: range(uri, span) };
}));

connection.onDefinition(guard('definition', null, (p: DefinitionParams) => {
  const offset = offsetOf(p.textDocument.uri, p.position);
  if (offset === undefined) return null;
  return definitionAt(indexer.corpus, p.textDocument.uri, offset).map((t) => Location.create(t.uri, range(t.uri, t.span)));
}));

connection.onReferences(guard('references', null, (p: ReferenceParams) => {
  const offset = offsetOf(p.textDocument.uri, p.position);
  if (offset === undefined) return null;
  return referencesAt(indexer.corpus, p.textDocument.uri, offset, p.context.includeDeclaration).map((t) => Location.create(t.uri, range(t.uri, t.span)));
}));

connection.onDocumentHighlight(guard('documentHighlight', null, (p: DocumentHighlightParams) => {
  const offset = offsetOf(p.textDocument.uri, p.position);
  if (offset === undefined) return null;
  return highlightsAt(indexer.corpus, p.textDocument.uri, offset).map((s) => ({ range: range(p.textDocument.uri, s) }));
}));

const SYMBOL_KIND: Record<string, SymbolKind> = {
  group: SymbolKind.Namespace, person: SymbolKind.Constructor, organization: SymbolKind.Module, meeting: SymbolKind.Event,
  place: SymbolKind.Package, date: SymbolKind.Number, term: SymbolKind.Key,
};

connection.onDocumentSymbol(guard('documentSymbol', null, (p: DocumentSymbolParams) => {
  const uri = p.textDocument.uri;
  const convert = (n: SymbolNode): DocumentSymbol => ({
    name: n.name, detail: n.detail, kind: SYMBOL_KIND[n.kind], range: range(uri, n.span), selectionRange: range(uri, n.selection), children: n.children.map(convert),
  });
  return documentSymbols(indexer.corpus, uri).map(convert);
}));

connection.onWorkspaceSymbol(guard('workspaceSymbol', null, (p: WorkspaceSymbolParams) => indexer.search.search(p.query, 200).map((h) => ({
  name: h.name, kind: SYMBOL_KIND[h.kind], containerName: `${h.kind} · ${h.sourceCount} sources`,
  location: Location.create(h.uri, range(h.uri, h.span)),
}))));

connection.languages.inlayHint.on(guard('inlayHint', null, async (p: InlayHintParams) => {
  const uri = p.textDocument.uri;
  if (!(await settingsFor(uri)).inlayHints) return null;
  const from = offsetOf(uri, p.range.start);
  const to = offsetOf(uri, p.range.end);
  if (from === undefined || to === undefined) return null;
  return relativeDateHints(indexer.corpus, uri, { start: from, end: to }).map((h): InlayHint => ({
    position: range(uri, { start: h.offset, end: h.offset }).start, label: h.label, tooltip: h.tooltip, paddingLeft: false,
  }));
}));

connection.onCodeLens(guard('codeLens', null, async (p: CodeLensParams) => {
  const uri = p.textDocument.uri;
  if (!(await settingsFor(uri)).codeLens) return null;
  const lens = headlineLens(indexer.corpus, uri);
  if (!lens) return null;
  return [{ range: range(uri, lens.span), command: Command.create(lens.title, 'corroborate.showConflicts', uri) }];
}));

connection.onCodeAction(guard('codeAction', null, (p: CodeActionParams) => annotationCodeActions(indexer.corpus, p, clientCommands)));

connection.onExecuteCommand(guard('executeCommand', null, async (p: ExecuteCommandParams) => {
  const result = await runAnnotationCommand(annotations, indexer.corpus, p.command, p.arguments?.[0] ?? {}, readOnly);
  await annotationsChanged();
  return result;
}));

connection.onRequest(AnnotationRequests.list, guard('annotations', null, (p: AnnotationsParams) => annotations.list(p?.uri)));

/** After a note, tag or review changed: diagnostics and counts follow. */
async function annotationsChanged(): Promise<void> {
  for (const c of indexer.corpus.allConflicts()) for (const side of c.sides) pendingPublish.add(side.uri);
  for (const u of annotations.annotatedUris()) pendingPublish.add(u);
  for (const u of published) pendingPublish.add(u);
  schedulePublish(0);
  sendStats();
}

connection.onRequest(Requests.stats, guard('stats', null, () => statsNow()));
connection.onRequest(Requests.entities, guard('entities', null, (p: EntitiesParams) => describeEntities(indexer, p ?? {}, (id) => annotations.notesForEntity(id).length)));
connection.onRequest(Requests.entityDetails, guard('entityDetails', null, (p: { id: string }) => describeEntity(indexer, p.id)));
connection.onRequest(Requests.conflicts, guard('conflicts', null, () => describeConflicts(indexer, annotations.reviews(), sideTexts())));

/**
 * Texts for the passages the Conflicts view shows: the editor's, else the file's. Read at
 * most once per file and for at most 200 files per request, so a huge conflict stays cheap.
 */
function sideTexts(): (uri: string) => string | undefined {
  const read = new Map<string, string | undefined>();
  return (uri) => {
    if (read.has(uri)) return read.get(uri);
    let text = documents.get(uri)?.getText() ?? indexer.openText(uri);
    if (text === undefined && read.size < 200) {
      const u = URI.parse(uri);
      const r = u.scheme === 'file' ? readArticleFileSync(u.fsPath) : undefined;
      // A file changed since it was analysed would give a passage from the wrong place.
      if (r && 'text' in r && r.text.length === indexer.corpus.get(uri)?.length) text = r.text;
    }
    read.set(uri, text);
    return text;
  };
}
connection.onRequest(Requests.reindex, guard('reindex', null, async () => {
  await reindex();
  return statsNow();
}));

connection.onShutdown(async () => {
  shuttingDown = true;
  await indexer.flush();
  indexer.dispose();
});

process.on('uncaughtException', (e) => connection.console.error(`Unexpected error (the server keeps running): ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`Unexpected rejection (the server keeps running): ${(e as Error)?.stack ?? e}`));

documents.listen(connection);
connection.listen();
