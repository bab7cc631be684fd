import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../components/lib/data.ts';
import { dataFiles } from '../../open-data/files.ts';

export const getStaticPaths = (() =>
  dataFiles.map((file) => ({ params: { file: file.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = dataFiles.find((f) => f.name === params.file);
  if (!file) return new Response(null, { status: 404 });
  const body = file.render(await siteData(), site ? new URL(import.meta.env.BASE_URL, site) : undefined);
  return new Response(body, { headers: { 'Content-Type': file.contentType } });
};
