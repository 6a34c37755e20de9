/**
 * The one handler table: every API method of shared/api.ts mapped to its service function.
 * Both transports (Electron IPC in electron/main/ipc.ts, HTTP in electron/web/server.ts) and the
 * CLI call through `createDispatcher` over this table.
 */
import type { ApiArgs, ApiMethod, ApiValue } from '@shared/api';
import type { ServiceContext } from './service/context';
import { getDocument, getDocumentOutline, getDocumentText, getProjectDetail, listLibrary, removeFromLibrary } from './service/library';
import { previewProjectList } from './service/projectList';
import { correctDocument, listCorrections, undoCorrection } from './service/corrections';
import { appInfo } from './service/appInfo';
import { bulkUpdateAnnotations, createAnnotation, deleteAnnotation, listAnnotations, restoreAnnotation, updateAnnotation } from './service/annotations';
import { createMember, listMembers, switchMember } from './service/members';
import { searchQuery } from './service/search';
import { exportMinutes } from './service/minutesExport';
import { createSession, listSessions, setCurrentSession, updateSession } from './service/sessions';
import { exportBundle, importBundle, previewBundle } from './service/bundles';
import { importWithRevision, listOrphans, reattachAnnotation } from './service/revisions';
import { applyFollowUpImport, carryOver, listFollowUps, previewFollowUpImport } from './service/followups';
import { configureSync, syncSettings, syncStatus } from './service/sync/index';
import { changeSecurity, disableSecurity, enableSecurity, lockNow, securityStatus, unlock } from './service/security';

export type HandlerTable = {
  [M in ApiMethod]: (ctx: ServiceContext, args: ApiArgs<M>) => Promise<ApiValue<M>>;
};

export const handlers = {
  'app:info': appInfo,
  'library:list': listLibrary,
  'library:import': importWithRevision,
  'library:remove': removeFromLibrary,
  'library:sheet-preview': previewProjectList,
  'document:get': getDocument,
  'document:outline': getDocumentOutline,
  'document:project': getProjectDetail,
  'document:text': getDocumentText,
  'document:correct': correctDocument,
  'document:corrections': listCorrections,
  'document:undo-correction': undoCorrection,
  'annotation:create': createAnnotation,
  'annotation:update': updateAnnotation,
  'annotation:delete': deleteAnnotation,
  'annotation:restore': restoreAnnotation,
  'annotation:list': listAnnotations,
  'annotation:bulk-update': bulkUpdateAnnotations,
  'member:list': listMembers,
  'member:create': createMember,
  'member:switch': switchMember,
  'session:create': createSession,
  'session:update': updateSession,
  'session:list': listSessions,
  'session:set-current': setCurrentSession,
  'search:query': searchQuery,
  'minutes:export': exportMinutes,
  'bundle:export': exportBundle,
  'bundle:preview': previewBundle,
  'bundle:import': importBundle,
  'annotation:orphans': listOrphans,
  'annotation:reattach': reattachAnnotation,
  'followup:list': listFollowUps,
  'followup:carryover': carryOver,
  'followup:import-preview': previewFollowUpImport,
  'followup:import-apply': applyFollowUpImport,
  'security:status': securityStatus,
  'security:unlock': unlock,
  'security:lock': lockNow,
  'security:enable': enableSecurity,
  'security:disable': disableSecurity,
  'security:change': changeSecurity,
  'sync:settings': syncSettings,
  'sync:configure': configureSync,
  'sync:status': syncStatus,
} satisfies HandlerTable;
