/** A department's own calendar: the dated deadlines of the tasks it leads (iCalendar). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../components/lib/data.ts';
import { deadlinesOf } from '../../../components/lib/task-view.ts';
import { calendarEvents, contentDate } from '../../../open-data/files.ts';
import { toIcs } from '../../../open-data/ics.ts';
import { departmentsPage } from '../../../ui/strings.ts';

export const getStaticPaths = (async () =>
  (await siteData()).departments.map((d) => ({ params: { id: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await siteData();
  const dept = data.departmentById.get(params.id!)!;
  const led = data.tasksOfDepartment(dept.id).leads;
  const milestones = [...new Set(led.flatMap((t) => deadlinesOf(t, data.milestonesByDocument.get(t.document) ?? [])))];
  const name = departmentsPage.pageTitle(dept.region, dept.name);
  const body = toIcs(
    name,
    calendarEvents(data, site ? new URL(import.meta.env.BASE_URL, site) : undefined, milestones),
    contentDate(data),
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
