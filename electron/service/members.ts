/** Member profiles on this laptop, and who is using the app now. */
import { randomUUID } from 'node:crypto';
import type { ApiArgs } from '@shared/api';
import type { Member, MemberEntry } from '@shared/model/member';
import { annotationText } from '@shared/text/annotations';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';

export async function listMembers(ctx: ServiceContext): Promise<MemberEntry[]> {
  const data = ctx.store.read();
  return data.members.map((m) => ({ ...m, current: m.id === data.currentMemberId }));
}

export async function createMember(ctx: ServiceContext, args: ApiArgs<'member:create'>): Promise<MemberEntry> {
  const name = args.name.trim();
  return ctx.store.write((data) => {
    if (data.members.some((m) => m.name === name && m.committee === args.committee)) {
      throw new ServiceError('conflict', annotationText.duplicateMemberName, 'name');
    }
    const member: Member = { id: randomUUID(), name, committee: args.committee?.trim() || undefined, role: args.role ?? '의원', createdAt: new Date().toISOString() };
    data.members.push(member);
    // The first profile on a laptop is the one in use.
    if (!data.currentMemberId) data.currentMemberId = member.id;
    return { ...member, current: data.currentMemberId === member.id };
  });
}

export async function switchMember(ctx: ServiceContext, args: ApiArgs<'member:switch'>): Promise<MemberEntry> {
  return ctx.store.write((data) => {
    const member = data.members.find((m) => m.id === args.id);
    if (!member) throw new ServiceError('not-found', annotationText.memberNotFound, 'id');
    data.currentMemberId = member.id;
    return { ...member, current: true };
  });
}

/** The member using the app now, or a Korean error asking them to choose one. */
export function requireCurrentMember(ctx: ServiceContext): Member {
  const data = ctx.store.read();
  const member = data.members.find((m) => m.id === data.currentMemberId);
  if (!member) throw new ServiceError('forbidden', annotationText.noMember);
  return member;
}
