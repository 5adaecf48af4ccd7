import { z } from 'zod';

/** Roles a councillor (or officer) can hold; 'all' is only used to tag articles meant for everyone. */
export const memberRoles = ['ward', 'scrutiny', 'board', 'lead-member', 'cabinet', 'officer'] as const;
export type MemberRole = (typeof memberRoles)[number];

export const articleRoles = ['all', ...memberRoles] as const;
export type ArticleRole = (typeof articleRoles)[number];

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** YAML turns an unquoted 2026-11-23 into a Date; keep every reviewed date as a YYYY-MM-DD string. */
const reviewedDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'reviewed must be a date written YYYY-MM-DD'));

const nonEmptyText = z.string().trim().min(1);

/** A YAML list item may be parsed as a number (e.g. tags: [2017]); keep it as text. */
const listText = z.union([z.string(), z.number()]).transform(String).pipe(nonEmptyText);

export const articleSourceSchema = z.object({
  title: nonEmptyText,
  url: z.url().optional(),
});
export type ArticleSource = z.infer<typeof articleSourceSchema>;

export const articleFrontMatterSchema = z.object({
  id: z.string().regex(kebabCase, 'id must be kebab-case'),
  title: nonEmptyText,
  questions: z.array(listText).min(1),
  tags: z.array(listText),
  synonyms: z.array(listText).default([]),
  roles: z.array(z.enum(articleRoles)).min(1),
  roleGuidance: z.partialRecord(z.enum(memberRoles), nonEmptyText).optional(),
  sources: z.array(articleSourceSchema).min(1),
  reviewed: reviewedDate,
});
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

export type Article = ArticleFrontMatter & {
  /** The Markdown body, trimmed: this is the reply a councillor reads. */
  body: string;
};
