export const MEMBER_ROLES = ['의원', '전문위원', '직원'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A person who uses this laptop's copy of the app. */
export interface Member {
  id: string;
  name: string;
  committee?: string;
  role: MemberRole;
  createdAt: string;
}

/** A row of `member:list`: the member and whether they are the one using the app now. */
export interface MemberEntry extends Member {
  current: boolean;
}

/** Committee staff (전문위원, 직원) record answers and statuses on members' notes. */
export function isStaff(member: Pick<Member, 'role'>): boolean {
  return member.role !== '의원';
}
